// Built-in word lists for realistic surrogates. Common, widely shared names and generic place words,
// so a surrogate reads naturally and points at no one in particular.

/** Given names drawn for names known to be men's. */
export const GIVEN_MALE: readonly string[] = [
  'Aaron', 'Adam', 'Adrian', 'Alan', 'Albert', 'Andrew', 'Anthony', 'Arthur', 'Benjamin', 'Bradley', 'Brian',
  'Bruce', 'Carl', 'Carlos', 'Charles', 'Christopher', 'Craig', 'Daniel', 'David', 'Dennis', 'Donald',
  'Douglas', 'Edward', 'Eric', 'Ethan', 'Frank', 'Gary', 'George', 'Gregory', 'Harold', 'Henry', 'Jack',
  'Jacob', 'James', 'Jason', 'Jeffrey', 'Jeremy', 'John', 'Jonathan', 'Jose', 'Joseph', 'Juan', 'Keith',
  'Kenneth', 'Kevin', 'Lawrence', 'Louis', 'Luis', 'Mark', 'Martin', 'Matthew', 'Michael', 'Nathan',
  'Nicholas', 'Noah', 'Oscar', 'Patrick', 'Paul', 'Peter', 'Philip', 'Ralph', 'Raymond', 'Richard', 'Robert',
  'Roger', 'Ryan', 'Samuel', 'Scott', 'Sean', 'Simon', 'Stephen', 'Steven', 'Thomas', 'Timothy', 'Victor',
  'Vincent', 'Walter', 'Wayne', 'William', 'Zachary',
];

/** Given names drawn for names known to be women's. */
export const GIVEN_FEMALE: readonly string[] = [
  'Abigail', 'Aisha', 'Alice', 'Alicia', 'Amanda', 'Amelia', 'Amy', 'Andrea', 'Angela', 'Anita', 'Ann',
  'Anna', 'Barbara', 'Beth', 'Betty', 'Brenda', 'Carmen', 'Carol', 'Caroline', 'Catherine', 'Cheryl',
  'Christina', 'Claire', 'Cynthia', 'Deborah', 'Diana', 'Diane', 'Donna', 'Dorothy', 'Elena', 'Elizabeth',
  'Emily', 'Emma', 'Evelyn', 'Frances', 'Gloria', 'Grace', 'Hannah', 'Heather', 'Helen', 'Irene', 'Isabel',
  'Janet', 'Jean', 'Jennifer', 'Jessica', 'Joan', 'Joyce', 'Judith', 'Julia', 'Julie', 'Karen', 'Katherine',
  'Laura', 'Lauren', 'Linda', 'Lisa', 'Lucy', 'Margaret', 'Maria', 'Marie', 'Martha', 'Mary', 'Megan',
  'Melissa', 'Michelle', 'Nancy', 'Natalie', 'Nicole', 'Olivia', 'Pamela', 'Patricia', 'Rachel', 'Rebecca',
  'Rose', 'Ruth', 'Sandra', 'Sara', 'Sharon', 'Sofia', 'Sophie', 'Susan', 'Teresa', 'Victoria', 'Yvonne',
];

export const SURNAMES: readonly string[] = [
  'Adams', 'Alexander', 'Allen', 'Alvarez', 'Anderson', 'Bailey', 'Baker', 'Barnes', 'Bell', 'Bennett',
  'Brooks', 'Brown', 'Bryant', 'Butler', 'Campbell', 'Carter', 'Castillo', 'Chavez', 'Clark', 'Coleman',
  'Collins', 'Cook', 'Cooper', 'Cox', 'Cruz', 'Davis', 'Diaz', 'Edwards', 'Ellis', 'Evans', 'Fisher',
  'Flores', 'Ford', 'Foster', 'Garcia', 'Gibson', 'Gomez', 'Gonzalez', 'Graham', 'Gray', 'Green',
  'Griffin', 'Hall', 'Hamilton', 'Harris', 'Hayes', 'Henderson', 'Hernandez', 'Hill', 'Holmes', 'Howard',
  'Hughes', 'Hunt', 'Jackson', 'James', 'Jenkins', 'Johnson', 'Jones', 'Jordan', 'Kelly', 'Kennedy',
  'Kim', 'King', 'Lee', 'Lewis', 'Long', 'Lopez', 'Marshall', 'Martin', 'Martinez', 'Mason', 'Mendoza',
  'Meyer', 'Miller', 'Mitchell', 'Moore', 'Morales', 'Morgan', 'Morris', 'Murphy', 'Murray', 'Myers',
  'Nelson', 'Nguyen', 'Ortiz', 'Owens', 'Palmer', 'Parker', 'Patel', 'Patterson', 'Perez', 'Perry',
  'Peterson', 'Phillips', 'Powell', 'Price', 'Ramirez', 'Reed', 'Reyes', 'Reynolds', 'Richardson',
  'Rivera', 'Roberts', 'Robinson', 'Rodriguez', 'Rogers', 'Ross', 'Russell', 'Sanchez', 'Sanders',
  'Scott', 'Shaw', 'Simmons', 'Smith', 'Stewart', 'Sullivan', 'Taylor', 'Thomas', 'Thompson', 'Torres',
  'Turner', 'Walker', 'Wallace', 'Ward', 'Warren', 'Watson', 'Webb', 'Wells', 'West', 'White',
  'Williams', 'Wilson', 'Wood', 'Wright', 'Young',
];

/** First halves and second halves of invented but plausible town names (Fairbrook, Oakhaven...). */
export const TOWN_STARTS: readonly string[] = [
  'Ash', 'Bel', 'Birch', 'Bright', 'Cedar', 'Clear', 'Copper', 'Deer', 'East', 'Elm', 'Fair', 'Fern',
  'Glen', 'Green', 'Hazel', 'High', 'Lake', 'Lin', 'Maple', 'Marsh', 'Mill', 'North', 'Oak', 'Pine',
  'Red', 'River', 'Rock', 'Rose', 'Silver', 'South', 'Spring', 'Stone', 'Sun', 'West', 'White', 'Willow',
];
export const TOWN_ENDS: readonly string[] = [
  'bridge', 'brook', 'burg', 'dale', 'field', 'ford', 'haven', 'hurst', 'land', 'mont', 'more', 'port',
  'ridge', 'ton', 'vale', 'view', 'ville', 'wood',
];

export const STREET_NAMES: readonly string[] = [
  'Maple', 'Oak', 'Cedar', 'Pine', 'Elm', 'Birch', 'Willow', 'Chestnut', 'Walnut', 'Spruce', 'Hickory',
  'Lake', 'Hill', 'Park', 'River', 'Meadow', 'Forest', 'Sunset', 'Highland', 'Valley', 'Ridge', 'Spring',
  'Church', 'Mill', 'Orchard', 'Garden', 'Harbor', 'Prospect', 'Franklin', 'Lincoln', 'Madison', 'Jefferson',
  'Washington', 'Jackson', 'Clinton', 'Union', 'Center', 'Market', 'School', 'Water',
];

/** Words a street address keeps as they are: street types, directions, unit and box words. */
export const ADDRESS_KEEP_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln',
  'court', 'ct', 'place', 'pl', 'terrace', 'ter', 'way', 'circle', 'cir', 'parkway', 'pkwy', 'highway',
  'hwy', 'route', 'rte', 'square', 'sq', 'trail', 'trl', 'north', 'south', 'east', 'west', 'n', 's', 'e',
  'w', 'ne', 'nw', 'se', 'sw', 'apt', 'apartment', 'suite', 'ste', 'unit', 'floor', 'fl', 'room', 'rm',
  'building', 'bldg', 'po', 'p', 'o', 'box', 'pobox', 'rr', 'of', 'the', 'and',
]);

/** Generic words of facility names, kept so a clinic stays a clinic and a hospital a hospital. */
export const FACILITY_KEEP_WORDS: ReadonlySet<string> = new Set([
  'hospital', 'hospitals', 'medical', 'center', 'centre', 'clinic', 'clinics', 'health', 'healthcare',
  'care', 'system', 'nursing', 'home', 'rehabilitation', 'rehab', 'hospice', 'practice', 'group',
  'associates', 'infirmary', 'urgent', 'pediatrics', 'pediatric', 'children', "children's", 'childrens',
  'memorial', 'general', 'regional', 'community', 'university', 'county', 'institute', 'surgical',
  'surgery', 'cancer', 'heart', 'eye', 'dental', 'family', 'medicine', 'mental', 'behavioral',
  'psychiatric', 'women', "women's", 'veterans', 'va', 'of', 'the', 'and', 'at', 'for', 'st', 'saint',
  'mount', 'mt', 'lab', 'laboratory', 'pharmacy', 'imaging', 'radiology', 'orthopedic', 'orthopedics',
  'ctr', 'hosp', 'med', 'llc', 'inc', 'pc', 'md',
]);

/**
 * More given names, used only to recognise what a name word is (a man's, a woman's or an either-way
 * given name), so it is replaced by one of the same kind. Case-blind and per word: never a consistency
 * risk, only realism.
 */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const MALE_HINTS = words(`
  abe al alex alfred andre andy antonio austin barry ben bernard bert bill billy blake bob bobby brandon brett
  caleb calvin cecil cedric chad charlie chase chris christian chuck clarence clifford clint clyde cody colin
  connor curtis dale dan danny darrell darren dave dean derek derrick devin dexter dominic don dustin dwayne dylan
  earl ed eddie edgar eli elijah erik ernest eugene evan fernando francis francisco fred freddie gabriel gene gerald
  gilbert glenn gordon greg harry harvey hector herbert herman howard hunter ian isaac ivan jake jamal javier jay
  jeff jerome jerry jesse jim jimmy joe joel joey johnny jon josh joshua julian justin karl kent kirk kurt kyle lance
  larry leo leon leonard leroy lester lloyd lonnie lucas luke malik manuel marcus mario marshall marvin max micheal
  miguel mike milton mitchell neil nelson nathaniel norman oliver owen pedro rafael ramon randall randy raul reginald
  ricardo rick ricky roberto rodney roland ron ronald ronnie roy ruben russell salvador sam shane shawn stanley ted
  terrance theodore tim toby todd tom tommy tony travis trevor troy tyler tyrone vernon wade warren wesley willie
  xavier`);

export const FEMALE_HINTS = words(`
  abby adele agnes alexa alexis alison allison alma alyssa amber angelica angie annie april ashley audrey ava becky
  beverly bonnie brandy brianna brittany brooke candace carla carolyn carrie cassandra charlene charlotte chelsea
  chloe christine cindy clara claudia connie courtney crystal danielle darlene dawn debbie debra delores desiree
  destiny dolores doris edith edna eileen elaine eleanor ella ellen elsie erica erin esther ethel eva faith florence
  gail geneva genevieve georgia geraldine gina glenda gwen hailey hazel heidi holly hope ida isabella jackie
  jacqueline jane janice jasmine jeanette jeanne jenna jenny jill jo joann joanne jodi josephine juanita judy june
  kaitlyn kate katelyn kathleen kathryn kathy katie kay kayla kendra kimberly kristen kristin kristina lacey latoya
  laurie leah leona lillian lily lindsay lindsey lois loretta lori lorraine louise lydia mabel madison mae mandy
  marcia margie marian marilyn marion marjorie marlene marsha maureen maxine melanie melinda mia mildred mindy
  miranda misty molly monica myrtle nadine naomi nellie nina nora norma olga opal paige paula pauline pearl peggy
  penny phyllis priscilla regina renee rhonda rita roberta rosa rosemary roxanne sabrina sally samantha sarah
  savannah sheila shelby shelly sherry shirley stacey stacy stella stephanie sue sylvia tabitha tamara tammy tanya
  tara thelma tiffany tina toni tonya valerie vanessa vera veronica vicki vickie viola violet virginia vivian wanda
  wendy whitney wilma yolanda zoe`);

/** Given names used by men and women alike: replaced from both lists. */
export const EITHER_HINTS = words(`
  casey dana jamie jan jordan kelly kerry kim lee leslie lynn morgan robin sidney taylor terri terry tracey traci
  tracy`);
