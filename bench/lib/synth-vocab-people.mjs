// Word lists for the synthetic notes' identifiers: given names, family names, places, streets, facility
// name parts and mail domains. Written for this project (common names and generic place words, no text
// from any corpus); diverse on purpose, including names that are also English words and non-ASCII names.

export const FEMALE_NAMES = [
  'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen',
  'Lisa', 'Nancy', 'Betty', 'Margaret', 'Sandra', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle',
  'Carol', 'Amanda', 'Dorothy', 'Melissa', 'Deborah', 'Stephanie', 'Rebecca', 'Sharon', 'Laura', 'Cynthia',
  'Kathleen', 'Amy', 'Angela', 'Shirley', 'Anna', 'Brenda', 'Pamela', 'Emma', 'Nicole', 'Helen',
  'Samantha', 'Katherine', 'Christine', 'Debra', 'Rachel', 'Carolyn', 'Janet', 'Catherine', 'Maria', 'Heather',
  'Diane', 'Ruth', 'Julie', 'Olivia', 'Joyce', 'Virginia', 'Victoria', 'Kelly', 'Lauren', 'Christina',
  'Joan', 'Evelyn', 'Judith', 'Megan', 'Andrea', 'Cheryl', 'Hannah', 'Jacqueline', 'Martha', 'Gloria',
  'Teresa', 'Ann', 'Sara', 'Madison', 'Frances', 'Kathryn', 'Janice', 'Jean', 'Abigail', 'Alice',
  'Judy', 'Sophia', 'Grace', 'Denise', 'Amber', 'Doris', 'Marilyn', 'Danielle', 'Beverly', 'Isabella',
  'Theresa', 'Diana', 'Natalie', 'Brittany', 'Charlotte', 'Marie', 'Kayla', 'Alexis', 'Lori', 'Hope',
  'Faith', 'Joy', 'June', 'Dawn', 'Iris', 'Olive', 'Rose', 'Ivy', 'Autumn', 'Summer',
  'Guadalupe', 'Ximena', 'Lucía', 'Camila', 'Valentina', 'Fatima', 'Aisha', 'Mariam', 'Priya', 'Ananya',
  'Mei', 'Xiu', 'Yuki', 'Haruka', 'Ji-woo', 'Seo-yeon', 'Thi', 'Linh', 'Ngozi', 'Chiamaka',
  'Oluwaseun', 'Amara', 'Zoë', 'Chloé', 'Renée', 'Inès', 'Saoirse', 'Siobhan', 'Ingrid', 'Astrid',
  'Agnieszka', 'Katarzyna', 'Svetlana', 'Olga', 'Leilani', 'Keala', 'Dakota', 'Winona', 'Esperanza', 'Dolores',
];

export const MALE_NAMES = [
  'James', 'Robert', 'John', 'Michael', 'David', 'William', 'Richard', 'Joseph', 'Thomas', 'Charles',
  'Christopher', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Paul', 'Andrew', 'Joshua',
  'Kenneth', 'Kevin', 'Brian', 'George', 'Timothy', 'Ronald', 'Edward', 'Jason', 'Jeffrey', 'Ryan',
  'Jacob', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen', 'Larry', 'Justin', 'Scott', 'Brandon',
  'Benjamin', 'Samuel', 'Gregory', 'Alexander', 'Frank', 'Patrick', 'Raymond', 'Jack', 'Dennis', 'Jerry',
  'Tyler', 'Aaron', 'Jose', 'Adam', 'Nathan', 'Henry', 'Douglas', 'Zachary', 'Peter', 'Kyle',
  'Ethan', 'Walter', 'Noah', 'Jeremy', 'Christian', 'Keith', 'Roger', 'Terry', 'Gerald', 'Harold',
  'Sean', 'Austin', 'Carl', 'Arthur', 'Lawrence', 'Dylan', 'Jesse', 'Jordan', 'Bryan', 'Billy',
  'Joe', 'Bruce', 'Gabriel', 'Logan', 'Albert', 'Willie', 'Alan', 'Juan', 'Wayne', 'Elijah',
  'Randy', 'Roy', 'Vincent', 'Ralph', 'Eugene', 'Russell', 'Bobby', 'Mason', 'Philip', 'Louis',
  'Will', 'Bill', 'Guy', 'Hunter', 'Chase', 'Major', 'Rusty', 'Sonny', 'Bud', 'Skip',
  'José', 'Jesús', 'Alejandro', 'Santiago', 'Mateo', 'Luis', 'Mohammed', 'Ahmed', 'Omar', 'Tariq',
  'Raj', 'Arjun', 'Vikram', 'Wei', 'Jian', 'Hiroshi', 'Kenji', 'Min-jun', 'Duc', 'Minh',
  'Chukwuemeka', 'Kwame', 'Kofi', 'Tunde', 'François', 'Jérôme', 'Søren', 'Björn', 'Lars', 'Sven',
  'Piotr', 'Dmitri', 'Yusuf', 'Emre', 'Kai', 'Koa', 'Tenzin', 'Declan', 'Ciarán', 'Eoin',
];

export const FAMILY_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes',
  'Stewart', 'Morris', 'Morales', 'Murphy', 'Cook', 'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper',
  'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim', 'Cox', 'Ward', 'Richardson',
  'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett', 'Gray', 'Mendoza', 'Ruiz', 'Hughes',
  'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster', 'Jimenez',
  'Powell', 'Jenkins', 'Perry', 'Russell', 'Sullivan', 'Bell', 'Coleman', 'Butler', 'Henderson', 'Barnes',
  'Fisher', 'Vasquez', 'Simmons', 'Romero', 'Jordan', 'Patterson', 'Alexander', 'Hamilton', 'Graham', 'Reynolds',
  'Griffin', 'Wallace', 'Moreno', 'West', 'Cole', 'Hayes', 'Bryant', 'Herrera', 'Gibson', 'Ellis',
  'Tran', 'Medina', 'Aguilar', 'Stevens', 'Murray', 'Ford', 'Castro', 'Marshall', 'Owens', 'Harrison',
  'Fernandez', 'McDonald', 'Woods', 'Washington', 'Kennedy', 'Wells', 'Vargas', 'Henry', 'Chen', 'Freeman',
  "O'Brien", "O'Connor", "D'Angelo", 'McAllister', 'MacKenzie', 'Fitzgerald', 'Oyelaran', 'Okafor', 'Adeyemi', 'Mensah',
  'Shah', 'Gupta', 'Reddy', 'Iyer', 'Chatterjee', 'Wang', 'Zhang', 'Liu', 'Huang', 'Tanaka',
  'Yamamoto', 'Sato', 'Park', 'Choi', 'Pham', 'Le', 'Vo', 'Nakamura', 'Haddad', 'Khoury',
  'Nasser', 'Rahman', 'Hussain', 'Yilmaz', 'Kowalski', 'Nowak', 'Wiśniewski', 'Ivanov', 'Petrov', 'Müller',
  'Schröder', 'Weiß', 'Jönsson', 'Lindqvist', 'Østergaard', 'Gonçalves', 'Peña', 'Ibáñez', 'Núñez', 'Côté',
  'Garcia-Lopez', 'Smith-Jones', 'Ruiz-Carrillo', 'Bradley-Hart', 'van der Berg', 'de la Cruz', 'Van Buren', 'St. Clair', 'LeBlanc', 'DuBois',
  'Strong', 'Hale', 'Stone', 'Rivers', 'Hope', 'Wolf', 'Fox', 'Lamb', 'Street', 'Church',
];

export const SUFFIXES = ['Jr.', 'Sr.', 'II', 'III'];

/** City, state abbreviation, state name, ZIP prefix (3 digits). Generic US cities; states are not PHI. */
export const CITIES = [
  ['Springfield', 'IL', 'Illinois', '627'], ['Riverside', 'CA', 'California', '925'], ['Franklin', 'TN', 'Tennessee', '370'],
  ['Greenville', 'SC', 'South Carolina', '296'], ['Bristol', 'CT', 'Connecticut', '060'], ['Clinton', 'IA', 'Iowa', '527'],
  ['Fairview', 'OR', 'Oregon', '970'], ['Salem', 'MA', 'Massachusetts', '019'], ['Madison', 'WI', 'Wisconsin', '537'],
  ['Georgetown', 'KY', 'Kentucky', '403'], ['Arlington', 'TX', 'Texas', '760'], ['Ashland', 'OH', 'Ohio', '448'],
  ['Burlington', 'VT', 'Vermont', '054'], ['Dover', 'DE', 'Delaware', '199'], ['Jackson', 'MS', 'Mississippi', '392'],
  ['Auburn', 'AL', 'Alabama', '368'], ['Lexington', 'KY', 'Kentucky', '405'], ['Milford', 'NH', 'New Hampshire', '030'],
  ['Oxford', 'MS', 'Mississippi', '386'], ['Newport', 'RI', 'Rhode Island', '028'], ['Centerville', 'UT', 'Utah', '840'],
  ['Kingston', 'NY', 'New York', '124'], ['Marion', 'IN', 'Indiana', '469'], ['Lancaster', 'PA', 'Pennsylvania', '176'],
  ['Tucson', 'AZ', 'Arizona', '857'], ['Fresno', 'CA', 'California', '937'], ['Boise', 'ID', 'Idaho', '837'],
  ['Spokane', 'WA', 'Washington', '992'], ['Omaha', 'NE', 'Nebraska', '681'], ['Wichita', 'KS', 'Kansas', '672'],
  ['Tulsa', 'OK', 'Oklahoma', '741'], ['Albuquerque', 'NM', 'New Mexico', '871'], ['Chattanooga', 'TN', 'Tennessee', '374'],
  ['Savannah', 'GA', 'Georgia', '314'], ['Mobile', 'AL', 'Alabama', '366'], ['Shreveport', 'LA', 'Louisiana', '711'],
  ['Duluth', 'MN', 'Minnesota', '558'], ['Fargo', 'ND', 'North Dakota', '581'], ['Billings', 'MT', 'Montana', '591'],
  ['Cheyenne', 'WY', 'Wyoming', '820'], ['Reno', 'NV', 'Nevada', '895'], ['Eugene', 'OR', 'Oregon', '974'],
  ['Bakersfield', 'CA', 'California', '933'], ['Modesto', 'CA', 'California', '953'], ['Stockton', 'CA', 'California', '952'],
  ['Akron', 'OH', 'Ohio', '443'], ['Dayton', 'OH', 'Ohio', '454'], ['Toledo', 'OH', 'Ohio', '436'],
  ['Flint', 'MI', 'Michigan', '485'], ['Kalamazoo', 'MI', 'Michigan', '490'], ['Peoria', 'IL', 'Illinois', '616'],
  ['Rockford', 'IL', 'Illinois', '611'], ['Evansville', 'IN', 'Indiana', '477'], ['Allentown', 'PA', 'Pennsylvania', '181'],
  ['Scranton', 'PA', 'Pennsylvania', '185'], ['Worcester', 'MA', 'Massachusetts', '016'], ['Hartford', 'CT', 'Connecticut', '061'],
  ['Bangor', 'ME', 'Maine', '044'], ['Portland', 'ME', 'Maine', '041'], ['Syracuse', 'NY', 'New York', '132'],
  ['Ithaca', 'NY', 'New York', '148'], ['Trenton', 'NJ', 'New Jersey', '086'], ['Camden', 'NJ', 'New Jersey', '081'],
  ['Roanoke', 'VA', 'Virginia', '240'], ['Norfolk', 'VA', 'Virginia', '235'], ['Durham', 'NC', 'North Carolina', '277'],
  ['Asheville', 'NC', 'North Carolina', '288'], ['Macon', 'GA', 'Georgia', '312'], ['Gainesville', 'FL', 'Florida', '326'],
  ['Tallahassee', 'FL', 'Florida', '323'], ['Pensacola', 'FL', 'Florida', '325'], ['Lubbock', 'TX', 'Texas', '794'],
  ['Amarillo', 'TX', 'Texas', '791'], ['Laredo', 'TX', 'Texas', '780'], ['El Paso', 'TX', 'Texas', '799'],
  ['San Antonio', 'TX', 'Texas', '782'], ['Corpus Christi', 'TX', 'Texas', '784'], ['Baton Rouge', 'LA', 'Louisiana', '708'],
  ['Little Rock', 'AR', 'Arkansas', '722'], ['Sioux Falls', 'SD', 'South Dakota', '571'], ['Cedar Rapids', 'IA', 'Iowa', '524'],
  ['Salt Lake City', 'UT', 'Utah', '841'], ['Fort Collins', 'CO', 'Colorado', '805'], ['Colorado Springs', 'CO', 'Colorado', '809'],
  ['Santa Fe', 'NM', 'New Mexico', '875'], ['Las Cruces', 'NM', 'New Mexico', '880'], ['St. Louis', 'MO', 'Missouri', '631'],
  ['St. Paul', 'MN', 'Minnesota', '551'], ['Grand Rapids', 'MI', 'Michigan', '495'], ['Ann Arbor', 'MI', 'Michigan', '481'],
  ['New Haven', 'CT', 'Connecticut', '065'], ['Palo Alto', 'CA', 'California', '943'], ['San Bernardino', 'CA', 'California', '924'],
  ['Walla Walla', 'WA', 'Washington', '993'], ['Coeur d\'Alene', 'ID', 'Idaho', '838'], ['Winston-Salem', 'NC', 'North Carolina', '271'],
  ['Wilkes-Barre', 'PA', 'Pennsylvania', '187'], ['Hilo', 'HI', 'Hawaii', '967'], ['Fairbanks', 'AK', 'Alaska', '997'],
];

export const STREET_NAMES = [
  'Maple', 'Oak', 'Pine', 'Cedar', 'Elm', 'Walnut', 'Chestnut', 'Willow', 'Birch', 'Spruce',
  'Main', 'Church', 'Mill', 'Park', 'Lake', 'Hill', 'River', 'Spring', 'Meadow', 'Forest',
  'Washington', 'Lincoln', 'Jefferson', 'Madison', 'Franklin', 'Jackson', 'Monroe', 'Adams', 'Grant', 'Garfield',
  'Highland', 'Sunset', 'Valley', 'Ridge', 'Orchard', 'Prospect', 'Union', 'Market', 'Broad', 'High',
  'Magnolia', 'Dogwood', 'Laurel', 'Sycamore', 'Hawthorne', 'Juniper', 'Aspen', 'Cypress', 'Poplar', 'Hickory',
  'King', 'Queen', 'Bridge', 'Canal', 'Harbor', 'Bay', 'Shore', 'Cliff', 'Fox Run', 'Deer Creek',
  '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '12th', '14th', '21st', '42nd',
  'Martin Luther King Jr.', 'Old Mill', 'Stony Brook', 'Quail Hollow', 'Rio Grande', 'El Camino', 'Paseo del Sol', 'Via Verde',
];
export const STREET_TYPES = [
  ['Street', 'St'], ['Avenue', 'Ave'], ['Road', 'Rd'], ['Drive', 'Dr'], ['Lane', 'Ln'], ['Boulevard', 'Blvd'],
  ['Court', 'Ct'], ['Place', 'Pl'], ['Way', 'Way'], ['Terrace', 'Ter'], ['Circle', 'Cir'], ['Parkway', 'Pkwy'],
  ['Highway', 'Hwy'], ['Trail', 'Trl'], ['Pike', 'Pike'],
];
export const DIRECTIONS = ['N', 'S', 'E', 'W', 'North', 'South', 'East', 'West', 'NE', 'SW'];
export const UNITS = ['Apt', 'Apt.', 'Unit', 'Suite', 'Ste', '#', 'Bldg', 'Lot', 'Rm'];

/** Facility names are built from these: "<Place> General Hospital", "St. <Saint> Medical Center", ... */
export const SAINTS = ['Agnes', 'Jude', 'Luke', 'Mary', 'Joseph', 'Francis', 'Anthony', 'Vincent', 'Elizabeth', 'Catherine', 'Michael', 'Clare', 'Rita', 'Bernard', 'Patrick'];
export const FACILITY_PLACES = [
  'Riverside', 'Lakeview', 'Northbay', 'Oakridge', 'Pinecrest', 'Westbrook', 'Eastside', 'Harborview', 'Summit', 'Valley',
  'Cedar Grove', 'Mountain View', 'Bayfront', 'Sunrise', 'Fairhaven', 'Brookside', 'Highland Park', 'Meadowbrook', 'Silver Lake', 'Greenfield',
];
export const FACILITY_KINDS = [
  'General Hospital', 'Medical Center', 'Regional Medical Center', 'Community Hospital', 'Memorial Hospital',
  "Children's Hospital", 'University Hospital', 'Health System', 'Rehabilitation Hospital', 'Surgery Center',
  'Nursing and Rehabilitation Center', 'Skilled Nursing Facility', 'Family Health Center', 'Urgent Care', 'Cancer Institute',
  'Heart Institute', 'Behavioral Health Center', 'Dialysis Center', 'Imaging Center', 'Primary Care Associates',
];
export const PRACTICE_SPECIALTIES = ['Cardiology', 'Gastroenterology', 'Orthopedics', 'Neurology', 'Pulmonary', 'Nephrology', 'Oncology', 'Dermatology', 'Urology', 'Endocrinology', 'Rheumatology', 'Internal Medicine', 'Family Medicine', 'Pediatrics', 'Womens Health'];

export const MAIL_DOMAINS = [
  'mailbox.example', 'northmail.net', 'quickpost.com', 'homewire.org', 'skyletter.net', 'inboxly.com',
  'fastmail.test', 'corner-post.net', 'webpost.us', 'lakeside-isp.net', 'ourfamily.org', 'mymail.example.com',
];
export const RELATIONS = [
  ['wife', 'F'], ['husband', 'M'], ['daughter', 'F'], ['son', 'M'], ['mother', 'F'], ['father', 'M'],
  ['sister', 'F'], ['brother', 'M'], ['niece', 'F'], ['nephew', 'M'], ['granddaughter', 'F'], ['grandson', 'M'],
  ['partner', 'F'], ['partner', 'M'], ['friend', 'F'], ['neighbor', 'M'], ['caregiver', 'F'], ['guardian', 'M'],
];
export const HEALTH_PLANS = [
  'Medicare', 'Medicaid', 'Medicare Advantage', 'BlueCross PPO', 'United HMO', 'Aetna Choice', 'Tricare',
  'Cigna Open Access', 'Humana Gold', 'state Medicaid plan', 'Kaiser', 'Anthem HMO',
];
