// Built-in word lists for realistic surrogates. Common, widely shared names and generic place words,
// so a surrogate reads naturally and points at no one in particular.

export const GIVEN_NAMES: readonly string[] = [
  'Aaron', 'Abigail', 'Adam', 'Adrian', 'Aisha', 'Alan', 'Albert', 'Alice', 'Alicia', 'Amanda', 'Amelia',
  'Amy', 'Andrea', 'Andrew', 'Angela', 'Anita', 'Ann', 'Anna', 'Anthony', 'Arthur', 'Barbara', 'Benjamin',
  'Beth', 'Betty', 'Bradley', 'Brenda', 'Brian', 'Bruce', 'Carl', 'Carlos', 'Carmen', 'Carol', 'Caroline',
  'Catherine', 'Charles', 'Cheryl', 'Christina', 'Christopher', 'Claire', 'Craig', 'Cynthia', 'Daniel',
  'David', 'Deborah', 'Dennis', 'Diana', 'Diane', 'Donald', 'Donna', 'Dorothy', 'Douglas', 'Edward',
  'Elena', 'Elizabeth', 'Emily', 'Emma', 'Eric', 'Ethan', 'Evelyn', 'Frances', 'Frank', 'Gary', 'George',
  'Gloria', 'Grace', 'Gregory', 'Hannah', 'Harold', 'Heather', 'Helen', 'Henry', 'Irene', 'Isabel', 'Jack',
  'Jacob', 'James', 'Janet', 'Jason', 'Jean', 'Jeffrey', 'Jennifer', 'Jeremy', 'Jessica', 'Joan', 'John',
  'Jonathan', 'Jose', 'Joseph', 'Joyce', 'Juan', 'Judith', 'Julia', 'Julie', 'Karen', 'Katherine', 'Keith',
  'Kelly', 'Kenneth', 'Kevin', 'Laura', 'Lauren', 'Lawrence', 'Linda', 'Lisa', 'Louis', 'Lucy', 'Luis',
  'Margaret', 'Maria', 'Marie', 'Mark', 'Martha', 'Martin', 'Mary', 'Matthew', 'Megan', 'Melissa',
  'Michael', 'Michelle', 'Nancy', 'Natalie', 'Nathan', 'Nicholas', 'Nicole', 'Noah', 'Olivia', 'Oscar',
  'Pamela', 'Patricia', 'Patrick', 'Paul', 'Peter', 'Philip', 'Rachel', 'Ralph', 'Raymond', 'Rebecca',
  'Richard', 'Robert', 'Roger', 'Rose', 'Ruth', 'Ryan', 'Samuel', 'Sandra', 'Sara', 'Scott', 'Sean',
  'Sharon', 'Simon', 'Sofia', 'Sophie', 'Stephen', 'Steven', 'Susan', 'Teresa', 'Thomas', 'Timothy',
  'Victor', 'Victoria', 'Vincent', 'Walter', 'Wayne', 'William', 'Yvonne', 'Zachary',
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
  'center', 'ctr', 'hosp', 'med', 'llc', 'inc', 'pc', 'md',
]);

/**
 * More common given names, used only to recognise that a word is a given name (so it is replaced by a
 * given name, not a surname). Matching is per word and case-blind, so it never breaks consistency.
 */
export const GIVEN_NAME_HINTS: readonly string[] = (
  'abby adele agnes alex alexa alexis alfred alison allison alma alyssa amber andre andy angel angelica ' +
  'angie annie antonio april ashley audrey austin ava barry becky ben bernard bert beverly bill billy ' +
  'blake bob bobby bonnie brandon brandy brenda brett brianna brittany brooke caleb calvin cameron ' +
  'candace carla carlton carolyn carrie casey cassandra cecil cedric chad charlene charlie charlotte chase ' +
  'chelsea chloe chris christian christine chuck cindy clara clarence claudia clifford clint clyde cody ' +
  'colin connie connor courtney crystal curtis dale dallas dan dana danielle danny darlene darrell darren ' +
  'dave dawn dean debbie debra delores derek derrick desiree destiny devin dexter dolores dominic don ' +
  'doris dustin dwayne dylan earl ed eddie edgar edith edna eileen elaine eleanor eli elijah ella ellen ' +
  'elsie emma erica erik erin ernest esther ethel eugene eva evan faith fernando florence francis ' +
  'francisco fred freddie gabriel gail gene geneva genevieve georgia gerald geraldine gilbert gina ' +
  'glenda glenn gordon greg gwen hailey harry harvey hazel hector heidi herbert herman holly hope howard ' +
  'hunter ian ida isaac isabella ivan jackie jacqueline jaime jake jamal jamie jan jane janice jared jasmine ' +
  'javier jay jeanette jeanne jeff jenna jenny jerome jerry jesse jessie jill jim jimmy jo joann joanne ' +
  'jodi joe joel joey johnny jon jordan josh joshua josephine juanita judy julian june justin kaitlyn ' +
  'karl kate katelyn kathleen kathryn kathy katie kay kayla kendra kent kerry kim kimberly kirk kristen ' +
  'kristin kristina kurt kyle lacey lance larry latoya laurie leah lee leo leon leona leonard leroy ' +
  'leslie lester lillian lily lindsay lindsey lloyd lois lonnie loretta lori lorraine louise lucas luke ' +
  'lydia lynn mabel madison mae malik mandy manuel marcia marcus margie maria marian marilyn mario ' +
  'marion marjorie marlene marsha marshall marvin maureen max maxine melanie melinda melvin mia micheal ' +
  'miguel mike mildred milton mindy miranda misty mitchell molly monica morgan myrtle nadine naomi ' +
  'nathaniel neil nellie nelson nina nora norma norman olga oliver opal owen paige paula pauline pearl ' +
  'pedro peggy penny phyllis priscilla rafael ramon randall randy raul regina reginald renee rhonda ' +
  'ricardo rick ricky rita roberta roberto robin rodney roland ron ronald ronnie rosa rosemary ross ' +
  'roxanne roy ruben russell sabrina sally salvador sam samantha sarah savannah shane shannon shawn ' +
  'sheila shelby shelly sherry shirley sidney stacey stacy stanley stella stephanie sue sylvia tabitha ' +
  'tamara tammy tanya tara taylor ted terrance terri terry thelma theodore tiffany tim tina toby todd ' +
  'tom tommy toni tony tonya tracey traci tracy travis trevor troy tyler tyrone valerie vanessa vera ' +
  'vernon veronica vicki vickie viola violet virginia vivian wade wanda warren wendy wesley whitney ' +
  'willie wilma xavier yolanda zoe'
).split(' ');
