// Demo content written for Dateline's sample newsroom. Fictional people; original text.
export type SeedSection = { slug: string; name: string; description: string };
export type SeedAuthor = {
  slug: string;
  name: string;
  role: string; // what they do at the paper, shown on their page
  bio: string;
  email: string; // demo addresses only (example.com)
  staffRole?: "reporter" | "editor";
};
export type SeedTopic = { slug: string; name: string };
export type SeedBlock =
  | { type: "p"; text: string }
  | { type: "h2"; text: string }
  | { type: "quote"; text: string }
  | { type: "list"; items: string[] };
export type SeedStory = {
  section: string; // a section slug
  headline: string;
  standfirst: string; // one or two sentences
  authors: string[]; // author slugs, 1 or 2
  topics: string[]; // topic slugs, 1 to 3
  breaking?: boolean;
  hoursAgo: number; // how long before "now" it was published; distinct values, spread 1..400
  body: SeedBlock[];
};

export const sections: SeedSection[] = [
  {
    slug: "national",
    name: "National",
    description:
      "News from across Bangladesh: the districts, the rivers, the coast and the services that shape everyday life.",
  },
  {
    slug: "city",
    name: "City",
    description: "Dhaka’s streets, transport, neighbourhoods and civic life, reported from the ground.",
  },
  {
    slug: "business",
    name: "Business",
    description: "Trade, industry, markets and money, from the garment floor to the kitchen market.",
  },
  {
    slug: "sport",
    name: "Sport",
    description:
      "Cricket, football and the grassroots games played in schools, lanes and riverbanks across the country.",
  },
  {
    slug: "culture",
    name: "Culture",
    description: "Arts, books, music, theatre, film and food, and the people keeping Dhaka’s creative life busy.",
  },
];

export const authors: SeedAuthor[] = [
  {
    slug: "nusrat-jahan-rimi",
    name: "Nusrat Jahan Rimi",
    role: "Transport and city correspondent",
    email: "rimi@example.com",
    bio: "Nusrat Jahan Rimi is The Dhaka Dateline’s transport and city correspondent. Before joining the paper she spent five years reporting for a weekly in Chattogram. She rides a different bus route every month to see the city from its passengers’ side.",
  },
  {
    slug: "tanvir-ahmed-shuvo",
    name: "Tanvir Ahmed Shuvo",
    role: "Business reporter",
    email: "tanvir@example.com",
    bio: "Tanvir Ahmed Shuvo covers business, trade and the garment industry. He studied economics in Rajshahi and worked as an analyst at a brokerage house before turning to journalism. He is most at home on a factory floor or in a wholesale market at dawn.",
  },
  {
    slug: "farhana-islam-mou",
    name: "Farhana Islam Mou",
    role: "Arts and culture writer",
    email: "farhana@example.com",
    bio: "Farhana Islam Mou writes about the arts, books and food for the Culture desk. A former theatre actor, she has reviewed plays, exhibitions and concerts in Dhaka for more than a decade.",
  },
  {
    slug: "rakibul-hasan-sajib",
    name: "Rakibul Hasan Sajib",
    role: "Sports reporter",
    email: "rakibul@example.com",
    bio: "Rakibul Hasan Sajib is the paper’s sports reporter, covering domestic cricket, football and the grassroots games that rarely reach television. He grew up in Bogura playing tape-ball cricket in the lanes and still turns out for a weekend team.",
  },
  {
    slug: "sadia-afrin-chowdhury",
    name: "Sadia Afrin Chowdhury",
    role: "Climate and environment correspondent",
    email: "sadia.afrin@example.com",
    bio: "Sadia Afrin Chowdhury reports on climate, rivers and rural livelihoods from across Bangladesh. Raised in Sylhet, she has covered floods, cyclones and coastal salinity for eight years. She spends much of every monsoon on the road.",
  },
  {
    slug: "mahmudul-karim-babu",
    name: "Mahmudul Karim Babu",
    role: "Health and education reporter",
    email: "mahmudul@example.com",
    bio: "Mahmudul Karim Babu covers health and education for the National desk. He previously worked in communications for a public health research programme. He is most interested in how services reach people who live far from district towns.",
  },
  {
    slug: "anika-tabassum-prova",
    name: "Anika Tabassum Prova",
    role: "City reporter and columnist",
    email: "anika@example.com",
    bio: "Anika Tabassum Prova reports on Dhaka’s neighbourhoods, markets and civic life. She joined The Dhaka Dateline as a trainee in 2019. She now also writes a weekly column about the people who keep the city running.",
  },
];

export const topics: SeedTopic[] = [
  { slug: "monsoon", name: "Monsoon" },
  { slug: "metro-rail", name: "Metro Rail" },
  { slug: "garments", name: "Garments" },
  { slug: "cricket", name: "Cricket" },
  { slug: "football", name: "Football" },
  { slug: "waterways", name: "Rivers & Waterways" },
  { slug: "education", name: "Education" },
  { slug: "public-health", name: "Public Health" },
  { slug: "traffic", name: "Traffic" },
  { slug: "arts", name: "Arts" },
  { slug: "cost-of-living", name: "Cost of Living" },
  { slug: "climate", name: "Climate" },
];

export const stories: SeedStory[] = [
  // ---------------------------------------------------------------- City
  {
    section: "city",
    headline: "Metro rail services halted on Uttara–Motijheel line after power fault",
    standfirst:
      "Trains stopped during the morning peak and a partial service has since resumed; the cause of the fault is under investigation.",
    authors: ["nusrat-jahan-rimi"],
    topics: ["metro-rail", "traffic"],
    breaking: true,
    hoursAgo: 1,
    body: [
      {
        type: "p",
        text: "Metro rail services on Dhaka’s Uttara–Motijheel line were suspended for much of the morning rush after a fault in the overhead power supply near Kazipara station, leaving thousands of commuters to find other ways to work. Trains already between stations were brought slowly to the nearest platforms, and passengers were asked to leave at Agargaon, Shewrapara and Mirpur-10.",
      },
      {
        type: "p",
        text: "A partial service between Uttara North and Agargaon resumed shortly before 10am, according to announcements at stations. Trains south of Agargaon towards Motijheel remained suspended at the time of publication, and station staff said there was no firm estimate for a full restoration.",
      },
      {
        type: "p",
        text: "Queues formed quickly at bus stops along Rokeya Sarani as passengers spilled out of stations. Several commuters said ride-hailing fares on the corridor rose sharply within half an hour.",
      },
      {
        type: "quote",
        text: "“I have taken the metro every day for a year and this is the first time I have been stuck inside a train,” said Tahmina Akter, a bank clerk travelling from Pallabi. “The staff were calm and kept us informed, but I will be very late today.”",
      },
      { type: "h2", text: "Cause under investigation" },
      {
        type: "p",
        text: "An official at the operator, speaking on condition of anonymity because he was not authorised to brief the press, said engineers were inspecting a section of the overhead line and that passenger safety was “the only priority”. Commuters are advised to check station notices and the operator’s official channels before travelling. This story will be updated.",
      },
    ],
  },
  {
    section: "city",
    headline: "Overnight downpour leaves Mirpur and Shantinagar streets under water",
    standfirst:
      "More than 90mm of rain fell in six hours, slowing morning traffic to a crawl and flooding ground-floor shops in several neighbourhoods.",
    authors: ["anika-tabassum-prova", "nusrat-jahan-rimi"],
    topics: ["monsoon", "traffic"],
    hoursAgo: 17,
    body: [
      {
        type: "p",
        text: "Heavy rain that began shortly after midnight left large parts of Dhaka waterlogged by morning, with knee-deep water reported in Mirpur-10, Kazipara, Shantinagar and parts of Malibagh. The Met office recorded 94mm of rain in the capital in the six hours to 6am.",
      },
      {
        type: "p",
        text: "Traffic on Rokeya Sarani and around the Shantinagar intersection moved at walking pace for much of the morning as buses stalled and rickshaw-pullers charged higher fares to carry passengers through flooded lanes. Many schools reported thin attendance.",
      },
      {
        type: "quote",
        text: "“The water came inside the shop at about five in the morning,” said Jamal Uddin, who sells stationery near Shantinagar bazar. “Every year we raise the shelves a little higher. This year it was still not high enough.”",
      },
      { type: "h2", text: "Drains and canals" },
      {
        type: "p",
        text: "City corporation officials said pumping stations were running at full capacity and that crews had been sent to clear blocked drain inlets, which often fill with plastic waste during the first heavy rains. Water had receded from most main roads by early afternoon.",
      },
      {
        type: "p",
        text: "Urban planners have long argued that Dhaka’s waterlogging is tied to the loss of canals and wetlands that once carried rainwater to the surrounding rivers. Several canal restoration projects are under way, though residents say the benefits have yet to reach their streets.",
      },
    ],
  },
  {
    section: "city",
    headline: "Weekend volunteers pull two tonnes of plastic from Dhanmondi Lake",
    standfirst:
      "A residents’ group that began with a dozen neighbours now draws more than a hundred people each Saturday, and wants more bins along the lakeside.",
    authors: ["anika-tabassum-prova"],
    topics: ["waterways", "public-health"],
    hoursAgo: 79,
    body: [
      {
        type: "p",
        text: "Every Saturday at seven in the morning, a group of residents gathers by a footbridge in Dhanmondi with gloves, long-handled nets and sacks. Over the past four months the group, which calls itself Lake Friends, says it has removed around two tonnes of plastic bottles, food wrappers and polythene bags from Dhanmondi Lake.",
      },
      {
        type: "p",
        text: "The effort began with twelve neighbours after a walk along the water last winter. It now draws more than a hundred volunteers on a good week, including students from nearby universities and several families who bring their children.",
      },
      {
        type: "quote",
        text: "“We are not trying to replace the city’s cleaners. They work very hard,” said Farzana Haque, a retired schoolteacher who helps organise the group. “We want people to see how much rubbish goes into this lake, and to stop throwing it.”",
      },
      { type: "h2", text: "Asking for more bins" },
      {
        type: "p",
        text: "The volunteers have written to the city corporation asking for additional covered bins along the walkway and clearer signs near food stalls. They also keep a tally of the items they collect most often, which they share online each week.",
      },
      {
        type: "list",
        items: [
          "Single-use water bottles",
          "Crisp and biscuit packets",
          "Polythene shopping bags",
          "Disposable tea cups",
        ],
      },
    ],
  },
  {
    section: "city",
    headline: "Single-operator bus pilot on Mirpur Road draws mixed reviews after first month",
    standfirst: "Commuters welcome fixed stops and ticket counters, but say waits at peak hours are still too long.",
    authors: ["nusrat-jahan-rimi"],
    topics: ["traffic"],
    hoursAgo: 134,
    body: [
      {
        type: "p",
        text: "A month into a pilot scheme that puts a single operator in charge of all buses between Gabtoli and Azimpur via Mirpur Road, commuters say the service is calmer and more orderly but not yet fast enough. The scheme replaced several competing companies whose drivers often raced each other for passengers.",
      },
      {
        type: "p",
        text: "Under the new system, buses stop only at marked stops, passengers buy tickets at counters or on board with a card, and drivers are paid a monthly salary rather than a share of daily takings. Transport planners say that last change matters most, because it removes the incentive to block lanes and fight for fares.",
      },
      {
        type: "quote",
        text: "“There is no more pushing and no more shouting at the door,” said Nasrin Sultana, a buying-house employee who rides from Kalyanpur to Dhanmondi. “But at half past eight I still wait twenty minutes, and then the bus is full.”",
      },
      { type: "h2", text: "More buses promised" },
      {
        type: "p",
        text: "An official involved in the pilot said the operator planned to add fifteen buses to the route by the end of the quarter, once new drivers had completed their training. Planners will review ridership data before deciding whether to extend the model to other corridors.",
      },
    ],
  },
  {
    section: "city",
    headline: "Restorers bring a 19th-century merchant house in Old Dhaka back from the brink",
    standfirst:
      "Craftsmen using lime plaster and salvaged timber are repairing a two-storey house near Shankhari Bazar, in a project its owners hope others will copy.",
    authors: ["anika-tabassum-prova", "farhana-islam-mou"],
    topics: ["arts"],
    hoursAgo: 296,
    body: [
      {
        type: "p",
        text: "In a narrow lane off Shankhari Bazar, a team of masons and carpenters has spent the past eight months repairing a two-storey merchant house believed to date from the late 19th century. Its carved wooden balconies had partly collapsed, and water had seeped through the flat roof for years.",
      },
      {
        type: "p",
        text: "The house belongs to four siblings whose great-grandfather traded in conch-shell bangles, a craft still practised in the neighbourhood. Rather than sell to a developer, they pooled their savings and sought advice from architects who specialise in older buildings.",
      },
      {
        type: "quote",
        text: "“Concrete would have been cheaper and quicker,” said Pradip Sur, the eldest sibling. “But then it would not be our house any more. It would just be another building.”",
      },
      { type: "h2", text: "Old methods, new problems" },
      {
        type: "p",
        text: "The restorers are using lime plaster instead of cement, which allows the thick brick walls to breathe, and have replaced rotten beams with hardwood salvaged from demolished houses elsewhere in Old Dhaka. Finding masons who know traditional techniques has been the hardest part, said project architect Tasnuva Kabir.",
      },
      {
        type: "p",
        text: "Conservation groups say dozens of similar buildings in Old Dhaka are at risk. The family hopes to open the ground floor as a small workshop where visitors can watch bangle-makers at work.",
      },
    ],
  },
  {
    section: "city",
    headline: "Feeder shuttles ease the last mile for metro riders in Agargaon",
    standfirst:
      "Licensed vans linking the station to nearby offices and hospitals are proving popular, and commuters want the scheme extended to other stops.",
    authors: ["nusrat-jahan-rimi"],
    topics: ["metro-rail", "traffic"],
    hoursAgo: 163,
    body: [
      {
        type: "p",
        text: "A feeder shuttle service linking Agargaon metro station with offices and hospitals in Sher-e-Bangla Nagar has carried steadily growing numbers of passengers since it began three months ago, according to its operator. The air-conditioned vans run every eight minutes on a fixed loop during the morning and evening peaks.",
      },
      {
        type: "p",
        text: "For many commuters, the metro solved the long part of the journey but left a frustrating last kilometre. Before the shuttles, passengers leaving the station faced a scrum of rickshaws and CNG auto-rickshaws, with fares that varied by the hour and by the weather.",
      },
      {
        type: "quote",
        text: "“The train takes me from Uttara to Agargaon in twenty minutes, and then I used to spend another twenty arguing and waiting,” said Rezaul Karim, an accounts officer at a hospital near the station. “Now I tap my card and sit down.”",
      },
      {
        type: "p",
        text: "The shuttle charges a flat fare of Tk 20, payable in cash or by card. Commuter groups have asked for similar services at Mirpur-10 and Farmgate, where pavements near station exits are especially crowded.",
      },
      {
        type: "p",
        text: "Transport researchers say good feeder links are essential if the metro is to draw people out of private cars, rather than only attracting passengers who already travel by bus.",
      },
    ],
  },
  {
    section: "city",
    headline: "Vegetable prices climb at Karwan Bazar as rains disrupt supply from the north",
    standfirst:
      "Wholesalers say deliveries of green chillies, gourds and leafy greens have fallen by about a quarter over the past week.",
    authors: ["anika-tabassum-prova"],
    topics: ["cost-of-living", "monsoon"],
    hoursAgo: 46,
    body: [
      {
        type: "p",
        text: "Prices of several everyday vegetables rose sharply at Karwan Bazar, Dhaka’s largest wholesale kitchen market, this week as heavy rain in the north slowed harvests and flooded roads used by delivery trucks. Green chillies, which sold for about Tk 120 a kilogram a fortnight ago, were trading at Tk 200 or more.",
      },
      {
        type: "p",
        text: "Wholesalers said deliveries from Bogura and Rangpur, two of the capital’s main vegetable suppliers, had fallen by roughly a quarter. Leafy greens, which spoil quickly when wet, were among the hardest hit.",
      },
      {
        type: "list",
        items: [
          "Green chillies: Tk 200–220 per kg, up from about Tk 120",
          "Bottle gourd: Tk 60–70 each, up from Tk 45",
          "Red amaranth (lal shak): Tk 30 a bundle, up from Tk 20",
          "Potatoes: largely unchanged at Tk 50–55 per kg",
        ],
      },
      {
        type: "quote",
        text: "“When the roads are bad, the trucks come late and half the load is spoiled,” said Babul Mia, who has run a wholesale stall at the market for two decades. “We pay more, so the retailer pays more, and the family at home pays the most.”",
      },
      {
        type: "p",
        text: "Traders expect prices to ease within two to three weeks if the weather settles. Retail prices in neighbourhood markets, they noted, usually take longer to fall than wholesale rates.",
      },
    ],
  },

  // ---------------------------------------------------------------- National
  {
    section: "national",
    headline: "Met office warns of heavy rain across northern districts as rivers rise",
    standfirst:
      "Forecasters expect widespread downpours over the next 72 hours, with the Teesta and Dharla likely to cross danger levels at several points.",
    authors: ["sadia-afrin-chowdhury"],
    topics: ["monsoon", "waterways"],
    hoursAgo: 3,
    body: [
      {
        type: "p",
        text: "The Bangladesh Meteorological Department has forecast heavy to very heavy rainfall across Rangpur and Mymensingh divisions over the next three days, as an active monsoon trough settles over the north of the country. River-monitoring stations on the Teesta and Dharla recorded steady rises overnight.",
      },
      {
        type: "p",
        text: "District administrations in Lalmonirhat, Kurigram and Nilphamari have asked upazila officials to keep flood shelters open and to check stocks of dry food, drinking water and oral saline. Volunteers have begun moving livestock from low-lying char land to embankments.",
      },
      {
        type: "quote",
        text: "“We have seen this pattern before, and people here know what to do,” said Abdul Mannan, a schoolteacher and volunteer coordinator in Kurigram’s Chilmari upazila. “What worries us is rain falling on rain, with no time for the water to drain between spells.”",
      },
      { type: "h2", text: "What residents are being told" },
      {
        type: "list",
        items: [
          "Keep important documents in waterproof bags and within easy reach",
          "Move livestock and seed stock to higher ground early",
          "Boil or treat drinking water if tube wells are submerged",
          "Follow upazila announcements for shelter locations",
        ],
      },
      {
        type: "p",
        text: "Forecasters said rainfall in Dhaka would be moderate by comparison, though short, intense showers could still cause waterlogging in parts of the capital during the week.",
      },
    ],
  },
  {
    section: "national",
    headline: "Women’s cooperative in Satkhira bets on salt-tolerant rice as seawater creeps inland",
    standfirst:
      "Farmers in Shyamnagar report steadier yields from new varieties, but say finding safe drinking water remains the harder problem.",
    authors: ["sadia-afrin-chowdhury"],
    topics: ["climate", "waterways"],
    hoursAgo: 53,
    body: [
      {
        type: "p",
        text: "In Shyamnagar, on the south-western coast close to the Sundarbans, a cooperative of 40 women farmers has spent three seasons growing rice varieties bred to tolerate salty soil. Members say yields have been steadier than with the traditional varieties their families planted for generations.",
      },
      {
        type: "p",
        text: "Salinity has been rising in parts of the coastal belt for years, driven by cyclone surges, tidal flooding and changes in river flows. Fields that once grew two rice crops a year have in many places been left fallow or converted to shrimp ponds.",
      },
      {
        type: "quote",
        text: "“My mother would not believe this paddy grew in our soil,” said Shirin Akter, the cooperative’s secretary. “It is not as much as we harvested twenty years ago, but it feeds the house.”",
      },
      { type: "h2", text: "Water is the bigger worry" },
      {
        type: "p",
        text: "Agricultural extension officers have helped the group with seed, training and small ponds that store rainwater for irrigation. But members say their biggest daily struggle is finding safe drinking water, since many tube wells in the area now draw brackish water.",
      },
      {
        type: "p",
        text: "Several families rely on rainwater tanks during the monsoon and buy water from small purification plants in the dry months, a cost that can take a large share of household income.",
      },
    ],
  },
  {
    section: "national",
    headline: "Hospitals open extra dengue wards as cases rise with the monsoon",
    standfirst:
      "Doctors urge people to clear standing water at home and to seek a test early if a fever lasts more than two days.",
    authors: ["mahmudul-karim-babu"],
    topics: ["public-health", "monsoon"],
    hoursAgo: 22,
    body: [
      {
        type: "p",
        text: "Several public hospitals in Dhaka have set aside additional beds for dengue patients as admissions rise with the monsoon rains, which create breeding grounds for the Aedes mosquito in containers, rooftops and construction sites. Hospital administrators said daily admissions had roughly doubled over the past two weeks.",
      },
      {
        type: "p",
        text: "Doctors say most patients recover fully with rest, fluids and monitoring, but warning signs such as severe abdominal pain, persistent vomiting or bleeding gums require urgent care. Early testing helps doctors identify patients whose condition may worsen.",
      },
      {
        type: "quote",
        text: "“The most important message is not to wait,” said Dr Nasima Ferdous, a medicine specialist at a public hospital in the capital. “If the fever continues for more than two days, come for a test, and do not take any painkiller other than paracetamol without advice.”",
      },
      { type: "h2", text: "What households can do" },
      {
        type: "list",
        items: [
          "Empty and scrub flower-pot trays, buckets and air-cooler tanks every few days",
          "Cover stored water containers tightly",
          "Clear rooftop gardens and balconies of standing water",
          "Use nets or repellent during the day, when Aedes mosquitoes bite",
        ],
      },
      {
        type: "p",
        text: "City authorities have stepped up larvicide spraying and inspections of construction sites, where water collecting in basements and curing tanks is a common source of larvae.",
      },
    ],
  },
  {
    section: "national",
    headline: "Solar-powered computer labs reach secondary schools on Jamuna chars",
    standfirst:
      "A pilot in Sirajganj and Gaibandha brings laptops and offline learning materials to river islands with little or no grid electricity.",
    authors: ["mahmudul-karim-babu"],
    topics: ["education", "waterways"],
    hoursAgo: 88,
    body: [
      {
        type: "p",
        text: "Twelve secondary schools on river islands in the Jamuna have received solar-powered computer labs under a pilot programme run by a coalition of local education charities. Each lab has fifteen laptops, solar panels on the roof and a small server that stores lessons, videos and practice tests that work without an internet connection.",
      },
      {
        type: "p",
        text: "Many char schools struggle to keep trained teachers, and students often miss weeks of class during floods when boats stop running. Organisers say the offline materials allow pupils to catch up at their own pace when they return.",
      },
      {
        type: "quote",
        text: "“Before this, some of our Class Nine students had never used a keyboard,” said Mosharraf Hossain, headteacher of a school on a char near Kazipur in Sirajganj. “Now they stay after class to practise typing and mathematics, and we have to send them home before dark.”",
      },
      { type: "h2", text: "Keeping the labs running" },
      {
        type: "p",
        text: "Each school has trained two teachers to maintain the equipment, and the coalition has budgeted for battery replacements over five years. Flood-proofing was built into the design: servers and batteries sit on raised platforms, and laptops can be moved to higher buildings in an emergency.",
      },
      {
        type: "p",
        text: "If results are encouraging, organisers hope to extend the project to a further forty schools next year.",
      },
    ],
  },
  {
    section: "national",
    headline: "Floating gardens keep vegetables growing through the wet season in Gopalganj",
    standfirst:
      "Farmers on waterlogged land are sustaining a centuries-old technique of growing crops on rafts of water hyacinth.",
    authors: ["sadia-afrin-chowdhury"],
    topics: ["climate", "monsoon"],
    hoursAgo: 148,
    body: [
      {
        type: "p",
        text: "In low-lying parts of Gopalganj and neighbouring Pirojpur, where fields stay under water for months each year, farmers are growing gourds, okra, spinach and turmeric on floating beds made of water hyacinth and bamboo. The technique, known locally as dhap or baira, has been practised in the region for generations.",
      },
      {
        type: "p",
        text: "Each bed is built by piling layers of the weed, which grows rapidly in canals and beels, into a raft that can be a metre thick and many metres long. As the hyacinth decomposes it becomes a rich growing medium, and the raft rises and falls with the water.",
      },
      {
        type: "quote",
        text: "“When the water comes, the land disappears, but our garden does not,” said Sukumar Biswas, who tends four floating beds with his wife. “After the season, we break the old bed and spread it on the field as fertiliser.”",
      },
      {
        type: "p",
        text: "Agricultural researchers say floating gardens can help households in flood-prone areas grow food and earn income during months when conventional farming is impossible. Interest has grown as erratic rainfall lengthens the wet season in some places.",
      },
      {
        type: "p",
        text: "The main constraint is labour. Building a large bed takes several people many days, and younger family members increasingly look for work in towns.",
      },
    ],
  },
  {
    section: "national",
    headline: "Boat clinics bring maternal health checks to isolated river communities",
    standfirst:
      "Two converted river vessels visit chars in Kurigram and Jamalpur on a fixed schedule, carrying midwives, medicines and a small laboratory.",
    authors: ["mahmudul-karim-babu"],
    topics: ["public-health", "waterways"],
    hoursAgo: 214,
    body: [
      {
        type: "p",
        text: "Two converted river boats run by a non-profit health organisation have begun a regular circuit of char villages in Kurigram and Jamalpur, offering antenatal check-ups, child vaccinations and basic laboratory tests to communities that can be several hours from the nearest upazila health complex.",
      },
      {
        type: "p",
        text: "Each boat carries a doctor, two midwives and a laboratory technician, and stops at each village once every two weeks. Local volunteers announce the visits in advance and help keep records of pregnant women who need follow-up.",
      },
      {
        type: "quote",
        text: "“For my first child I never saw a doctor before the birth,” said Morjina Khatun, 26, who was waiting with her mother on the riverbank near Rowmari. “This time they have checked me three times, and they told me where to go if there is a problem.”",
      },
      { type: "h2", text: "Referral is the weak link" },
      {
        type: "p",
        text: "Staff say the clinics can handle routine care, but emergencies still depend on a crossing of open water, which can be dangerous when the river runs high. The organisation is training boatmen in each village to act as first contacts for urgent referrals and has supplied life jackets.",
      },
      {
        type: "p",
        text: "Health workers say antenatal visits among the women they serve have risen noticeably since the service began, though they caution that it is too early to draw firm conclusions.",
      },
    ],
  },
  {
    section: "national",
    headline: "Community radio stations translate flood forecasts into local dialects",
    standfirst:
      "Broadcasters in the north-east say plain-language warnings, read by familiar voices, are reaching listeners that official bulletins miss.",
    authors: ["sadia-afrin-chowdhury", "mahmudul-karim-babu"],
    topics: ["monsoon", "climate"],
    hoursAgo: 319,
    body: [
      {
        type: "p",
        text: "Community radio stations in Sunamganj, Netrokona and Sylhet are rebroadcasting official flood forecasts in local dialects and simpler language, hoping to reach farmers, fishers and older listeners who say standard bulletins are hard to follow. The stations air updates three times a day during the monsoon.",
      },
      {
        type: "p",
        text: "Presenters take river-level forecasts and turn them into practical advice: which villages should move livestock, which roads may close, and when boats should stay ashore. They also invite local officials on air to answer questions from callers.",
      },
      {
        type: "quote",
        text: "“When the bulletin says a river is forty centimetres above danger level, many people do not know what that means for their house,” said Rupa Das, a presenter at a station in Sunamganj. “So we say: if you live beside this canal, move your rice up tonight.”",
      },
      { type: "h2", text: "Trusted voices" },
      {
        type: "p",
        text: "Researchers who study disaster communication say warnings are more likely to be acted on when they come from people listeners already know and trust. Mobile phone alerts have expanded rapidly, but radio remains important in areas where phones are shared and electricity is unreliable.",
      },
      {
        type: "p",
        text: "Station managers say funding is their main worry, as most rely on short-term grants and small amounts of local advertising.",
      },
    ],
  },

  // ---------------------------------------------------------------- Business
  {
    section: "business",
    headline: "Knitwear exporters report steadier orders for the winter season",
    standfirst:
      "Factory owners in Narayanganj and Gazipur say buyers are placing orders earlier this year, though margins remain thin as costs rise.",
    authors: ["tanvir-ahmed-shuvo"],
    topics: ["garments"],
    hoursAgo: 5,
    body: [
      {
        type: "p",
        text: "Knitwear manufacturers around Narayanganj and Gazipur say orders for the coming winter season have arrived earlier and in more predictable volumes than last year, giving factories a clearer view of production through the end of the year. Sweaters, fleece tops and thermal base layers make up most of the new bookings.",
      },
      {
        type: "p",
        text: "Owners caution that the improvement has not translated into better prices. Buyers are still negotiating hard on unit costs, while factories are paying more for yarn, dyes, gas and transport.",
      },
      {
        type: "quote",
        text: "“The pipeline is healthier, and that matters because it lets us plan shifts and keep skilled workers,” said Shafiqul Alam Rony, who runs a 1,200-worker knitting unit in Fatullah. “But every order is priced to the last cent. There is no room for a mistake.”",
      },
      { type: "h2", text: "Earlier planning, tighter margins" },
      {
        type: "p",
        text: "Industry analysts say brands that faced delays in previous seasons are now spreading risk by committing to suppliers sooner. That benefits factories with strong compliance records and reliable delivery, while smaller units without direct buyer relationships continue to rely on subcontracting.",
      },
      {
        type: "p",
        text: "Garments remain Bangladesh’s largest export earner by a wide margin. Exporters say the real test will come next quarter, when shipping schedules and energy supply will decide whether the orders turn into on-time deliveries.",
      },
    ],
  },
  {
    section: "business",
    headline: "Hilsa landings pick up at Chandpur, but prices stay out of reach for many",
    standfirst:
      "Fishers report better catches in the Meghna after a slow start to the season, while traders say costs and demand are keeping prices high.",
    authors: ["tanvir-ahmed-shuvo"],
    topics: ["cost-of-living", "waterways"],
    hoursAgo: 27,
    body: [
      {
        type: "p",
        text: "Catches of hilsa, Bangladesh’s national fish, have improved at the Chandpur landing centre over the past ten days after a slow start to the season, fishers and wholesalers say. Boats returning from the confluence of the Padma and Meghna are bringing in larger fish, although volumes remain below what traders would call a good year.",
      },
      {
        type: "p",
        text: "Wholesale prices have eased slightly but remain high. A hilsa weighing around a kilogram was selling for Tk 1,600 to Tk 1,800 at the landing centre this week, and considerably more in Dhaka’s retail markets.",
      },
      {
        type: "quote",
        text: "“The fish have come, but not in the numbers of old,” said Kalam Majhi, who has fished the Meghna out of Chandpur for thirty years. “Diesel, nets, the crew’s food – everything costs more. We cannot sell cheap.”",
      },
      { type: "h2", text: "Long-term pressures" },
      {
        type: "p",
        text: "Fisheries researchers point to several pressures on hilsa stocks, including siltation, pollution and changes in river flow, as well as the catching of juvenile fish, known as jatka. Seasonal fishing bans have helped protect spawning and young fish, they say, but enforcement across a vast river system is difficult.",
      },
      {
        type: "p",
        text: "Traders expect supplies to improve further in the coming weeks as the season approaches its peak.",
      },
    ],
  },
  {
    section: "business",
    headline: "More families receive remittances straight to mobile wallets, survey finds",
    standfirst:
      "A study of households in Cumilla and Sylhet suggests formal digital channels are gaining ground, though informal transfers remain common.",
    authors: ["tanvir-ahmed-shuvo"],
    topics: ["cost-of-living"],
    hoursAgo: 61,
    body: [
      {
        type: "p",
        text: "A growing share of families who depend on money sent home by relatives working abroad now receive it directly in mobile financial accounts, according to a survey of 1,500 households in Cumilla and Sylhet by a Dhaka-based research group. Just under half of the households surveyed said they had received at least one transfer this way in the past year.",
      },
      {
        type: "p",
        text: "Researchers said the shift was driven by partnerships between money-transfer companies and mobile wallet providers, which let recipients collect funds without travelling to a bank branch. Incentives on remittances sent through formal channels have also encouraged senders.",
      },
      {
        type: "quote",
        text: "“For a woman in a village whose husband works in the Gulf, a trip to town to collect money used to take a whole day,” said Lamia Siddiqua, the economist who led the study. “Now the money arrives on her phone within minutes.”",
      },
      { type: "h2", text: "Informal channels persist" },
      {
        type: "p",
        text: "The survey found that informal transfers, often called hundi, remain common, particularly where senders find exchange rates more attractive outside the banking system. Some respondents also said they were uneasy about fraud after receiving calls from people pretending to be wallet agents.",
      },
      {
        type: "p",
        text: "The researchers recommended clearer disclosure of fees and more financial literacy training for recipients, especially older family members.",
      },
    ],
  },
  {
    section: "business",
    headline: "Small jute workshops in Tangail find buyers for bags, rugs and home goods",
    standfirst:
      "Artisan businesses are turning the ‘golden fibre’ into finished products, as retailers at home and abroad look for alternatives to plastic.",
    authors: ["tanvir-ahmed-shuvo"],
    topics: ["climate", "arts"],
    hoursAgo: 179,
    body: [
      {
        type: "p",
        text: "In workshops around Tangail, women weavers are turning raw jute into tote bags, table mats, rugs and storage baskets for buyers in Europe and Japan and, increasingly, for online shoppers at home. Owners of several small firms say orders have grown steadily over the past two years.",
      },
      {
        type: "p",
        text: "Jute, once Bangladesh’s main export and still known as the golden fibre, has struggled for decades against cheaper synthetic materials. Its revival as a material for finished consumer products has been driven partly by retailers seeking biodegradable alternatives to plastic.",
      },
      {
        type: "quote",
        text: "“A buyer in Germany asked us for a shopping bag that would last ten years,” said Shamima Nasrin, who started her workshop with six weavers and now employs forty. “We can do that. The fibre is strong; what we had to learn was design.”",
      },
      { type: "h2", text: "Hurdles for small firms" },
      {
        type: "list",
        items: [
          "Meeting certification and testing requirements for overseas buyers",
          "Finding affordable working capital between orders",
          "Inconsistent fibre quality from season to season",
          "High costs of shipping small consignments",
        ],
      },
      {
        type: "p",
        text: "Business owners say trade fairs and online marketplaces have helped them reach new customers, but most still depend on one or two large buyers for the bulk of their income.",
      },
    ],
  },
  {
    section: "business",
    headline: "Sylhet tea gardens expect stronger output after steady monsoon rains",
    standfirst:
      "Estate managers say well-spaced rainfall has boosted leaf growth, though rising costs and ageing bushes weigh on the industry.",
    authors: ["tanvir-ahmed-shuvo", "sadia-afrin-chowdhury"],
    topics: ["monsoon", "climate"],
    hoursAgo: 98,
    body: [
      {
        type: "p",
        text: "Tea estates in Moulvibazar and Habiganj are expecting a better year after consistent rainfall in recent weeks followed a dry and unusually hot spring. Managers at several gardens said plucking had picked up markedly since the start of the monsoon.",
      },
      {
        type: "p",
        text: "Tea bushes need regular rain spread across the season. Long dry spells stunt new growth, while extremely heavy downpours can wash away topsoil on the hilly slopes where many gardens sit. This year’s rains have so far been well spaced, planters say.",
      },
      {
        type: "quote",
        text: "“A good flush depends on the sky more than on anything we do,” said Anwar Hossain Chowdhury, manager of an estate near Sreemangal. “For now, the sky has been kind. We are cautious, because one bad month can change everything.”",
      },
      { type: "h2", text: "Longer-term challenges" },
      {
        type: "p",
        text: "Beyond the weather, estates face rising production costs, old bushes that yield less than newly planted stock, and competition at the cheaper end of the market. Some gardens have started replanting with higher-yielding clones, though new bushes take several years to mature.",
      },
      {
        type: "p",
        text: "Most of the country’s tea is drunk at home, where demand has grown steadily along with incomes and the spread of roadside tea stalls.",
      },
    ],
  },
  {
    section: "business",
    headline: "Dhaka delivery start-up bets on electric scooters and battery swapping",
    standfirst:
      "Founded by three engineering graduates, the company says swapping stations can cut riders’ fuel costs and idle time.",
    authors: ["tanvir-ahmed-shuvo"],
    topics: ["traffic", "climate"],
    hoursAgo: 253,
    body: [
      {
        type: "p",
        text: "Swapline, a Dhaka-based delivery start-up founded two years ago by three engineering graduates, has raised seed funding from local and regional investors to expand its fleet of electric scooters and the battery-swapping stations that keep them on the road. The company did not disclose the amount.",
      },
      {
        type: "p",
        text: "Swapline’s riders carry parcels and food orders for online shops and restaurants in Gulshan, Banani and Mohakhali. When a battery runs low, a rider can exchange it for a charged one at a station in under two minutes, instead of waiting hours for a recharge.",
      },
      {
        type: "quote",
        text: "“Our riders told us their biggest cost was fuel and their biggest frustration was waiting,” said co-founder Tanjim Rahman. “Swapping fixes both, as long as you have enough stations close together.”",
      },
      { type: "h2", text: "Power and parking" },
      {
        type: "p",
        text: "The company runs nine stations, mostly in rented space at filling stations and parking garages, and plans to reach thirty by next year. Its founders acknowledge that power cuts and the cost of commercial space in central Dhaka are significant risks.",
      },
      {
        type: "p",
        text: "Analysts say electric two-wheelers could make a meaningful dent in urban fuel use and noise, but that clearer rules on battery safety, charging and disposal will be needed as the sector grows.",
      },
    ],
  },
  {
    section: "business",
    headline: "Gazipur training centre prepares garment workers for automated production lines",
    standfirst:
      "Short courses in machine operation and maintenance aim to help workers move into better-paid roles as factories adopt new technology.",
    authors: ["tanvir-ahmed-shuvo"],
    topics: ["garments", "education"],
    hoursAgo: 343,
    body: [
      {
        type: "p",
        text: "A training centre in Gazipur run jointly by a group of garment factories and a technical institute has begun offering short courses for workers on automated sewing, cutting and quality-inspection equipment. The first batch of 120 trainees, most of them women, completed an eight-week programme this month.",
      },
      {
        type: "p",
        text: "Factories are investing in automated machines to improve consistency and meet tight delivery deadlines. Workers and labour advocates have worried that automation could reduce jobs for machine operators, especially for the women who make up a large share of the workforce.",
      },
      {
        type: "quote",
        text: "“I was a sewing operator for seven years. Now I can set up and troubleshoot a computerised machine,” said Parul Akter, one of the first graduates. “My supervisor has already asked me to train others on my floor.”",
      },
      { type: "h2", text: "Who gets trained" },
      {
        type: "p",
        text: "Organisers say places are offered to existing workers nominated by their factories, with classes held partly during working hours so that participants do not lose pay. Trainees who complete the course become eligible for a higher pay grade at participating factories.",
      },
      {
        type: "p",
        text: "Labour researchers welcomed the initiative but said it should be opened to workers at smaller factories, who are the least likely to have access to such training.",
      },
    ],
  },

  // ---------------------------------------------------------------- Sport
  {
    section: "sport",
    headline: "Sylhet seal four-wicket win over Dhaka in tense National Cricket League finish",
    standfirst:
      "Left-hander Rafsan Karim Tushar’s unbeaten 74 guided the visitors home on the final afternoon after a collapse threatened to undo a strong chase.",
    authors: ["rakibul-hasan-sajib"],
    topics: ["cricket"],
    hoursAgo: 8,
    body: [
      {
        type: "p",
        text: "Sylhet Division beat Dhaka Division by four wickets in their National Cricket League match at Mirpur, chasing 231 on a wearing fourth-day pitch. Rafsan Karim Tushar, a 23-year-old left-hander, finished unbeaten on 74 after coming in with his side wobbling at 118 for five.",
      },
      {
        type: "p",
        text: "Dhaka’s spinners had taken control after lunch, with off-spinner Ashikur Rahman Dipto claiming three wickets in a spell of eleven overs. The turning point came when Tushar and wicketkeeper Jubair Ahmed added 79 for the sixth wicket, mixing careful defence with well-judged sweeps.",
      },
      {
        type: "quote",
        text: "“The plan was simple: stay in, take singles, and let the bad balls come,” Tushar said after the match. “Jubair bhai kept talking to me between every over. That partnership was the game.”",
      },
      {
        type: "p",
        text: "Dhaka captain Fahim Muntasir said his side had been around 40 runs short after a middle-order collapse in their second innings. “On this surface, 270 would have made it a different match,” he said.",
      },
      {
        type: "p",
        text: "The win lifts Sylhet to second in the tier-one table with two rounds remaining. Dhaka, who have one win from five matches, face a difficult trip to Rajshahi next.",
      },
    ],
  },
  {
    section: "sport",
    headline: "Jamalpur school lifts inter-school girls’ football title with late winner",
    standfirst:
      "Captain Sumaiya Akter’s header three minutes from time gave her team a 2–1 win over a Rangamati school in the national final in Dhaka.",
    authors: ["rakibul-hasan-sajib"],
    topics: ["football", "education"],
    hoursAgo: 70,
    body: [
      {
        type: "p",
        text: "Shapla Kunj Girls’ High School from Jamalpur won the national inter-school girls’ football championship, beating Kaptai Lakeview Girls’ High School of Rangamati 2–1 in a tense final in Dhaka. Captain Sumaiya Akter headed in the winner from a corner three minutes before the end.",
      },
      {
        type: "p",
        text: "The Rangamati side, quicker on the break throughout, took the lead midway through the first half through forward Uching Marma, who beat two defenders before shooting low into the far corner. Jamalpur equalised soon after the restart when a long-range effort from midfielder Nadia Islam deflected past the goalkeeper.",
      },
      {
        type: "quote",
        text: "“We practised corners every afternoon in the rain for two months,” said Sumaiya, still holding the trophy. “Our coach told us one chance would come. When the ball came, I just closed my eyes and jumped.”",
      },
      {
        type: "p",
        text: "More than 600 schools took part in the district and divisional rounds this year, according to organisers. Both finalists come from districts that have sent players to national age-group squads in recent years.",
      },
      {
        type: "p",
        text: "Coaches say the tournament’s main value is keeping girls in the game through their school years, when many families push them to stop playing.",
      },
    ],
  },
  {
    section: "sport",
    headline: "Thousands join early-morning 10K around Hatirjheel as running clubs multiply",
    standfirst:
      "The race, organised by a coalition of amateur clubs, drew runners from teenagers to retirees, with roads on the route closed until 8am.",
    authors: ["rakibul-hasan-sajib", "anika-tabassum-prova"],
    topics: ["public-health", "traffic"],
    hoursAgo: 33,
    body: [
      {
        type: "p",
        text: "More than three thousand runners took part in a 10-kilometre race around Hatirjheel, in one of the largest amateur running events the capital has seen. Starting at 5.30am to beat the heat, the course looped twice around the lake, with roads on the route closed to traffic until 8am.",
      },
      {
        type: "p",
        text: "The race was organised by a coalition of running clubs that have grown rapidly in Dhaka over the past few years, many started by office workers looking for exercise in a city with few open spaces. Participants ranged from schoolchildren to a group of retired civil servants who walked the course together.",
      },
      {
        type: "quote",
        text: "“Three years ago I could not run to the end of my street,” said Mahfuza Rahman, a 41-year-old pharmacist who finished in just over an hour. “Now I wake up early on race day and I cannot wait to be here.”",
      },
      {
        type: "p",
        text: "The fastest men’s time was 34 minutes 12 seconds, set by university student Rifat Hasan, while Sabrina Yasmin won the women’s race in 39 minutes 48 seconds.",
      },
      {
        type: "p",
        text: "Organisers thanked traffic police for managing the closures and said they hoped to hold the event four times a year. Some motorists complained about delays near the Rampura end of the route, and organisers promised clearer advance notice next time.",
      },
    ],
  },
  {
    section: "sport",
    headline: "Rajshahi win rain-shortened women’s one-day final on DLS method",
    standfirst:
      "Opener Tasfia Rahman Ela’s fluent 61 set up a 14-run victory over Chattogram after two stoppages cut the match to 32 overs a side.",
    authors: ["rakibul-hasan-sajib"],
    topics: ["cricket", "monsoon"],
    hoursAgo: 121,
    body: [
      {
        type: "p",
        text: "Rajshahi Division won the women’s national one-day final at Mirpur, beating Chattogram Division by 14 runs on the DLS method in a match twice interrupted by heavy showers. The game was reduced to 32 overs a side after a delayed start, and Chattogram’s chase was cut short again in the 27th over.",
      },
      {
        type: "p",
        text: "Opener Tasfia Rahman Ela gave Rajshahi a strong platform with 61 from 70 balls, driving confidently through the covers on a damp outfield. Rajshahi finished on 168 for six, a total that looked competitive on a slow surface.",
      },
      {
        type: "p",
        text: "Chattogram were 112 for four when the rain returned, behind the DLS par score after Rajshahi leg-spinner Lubaba Noor removed both set batters in consecutive overs. Play could not resume.",
      },
      {
        type: "quote",
        text: "“You always want to finish a final on the field, but we bowled well and we were ahead when it mattered,” said Rajshahi captain Nusaiba Karim. “The girls handled a stop-start day very maturely.”",
      },
      {
        type: "p",
        text: "Groundstaff worked through both breaks to clear water from the covers, and the match referee praised their effort. Chattogram captain Shaila Parvin said her side would take confidence from reaching the final after finishing fourth last season.",
      },
    ],
  },
  {
    section: "sport",
    headline: "Thirteen-year-old from Chattogram wins national schools chess championship",
    standfirst:
      "Ayaan Chowdhury finished unbeaten with eight points from nine rounds, as organisers reported a record share of girls entering the tournament.",
    authors: ["rakibul-hasan-sajib"],
    topics: ["education"],
    hoursAgo: 196,
    body: [
      {
        type: "p",
        text: "Ayaan Chowdhury, a 13-year-old Class Seven student from Chattogram, won the national schools chess championship in Dhaka, finishing unbeaten with eight points from nine rounds. He secured the title with a draw in the final round against the second seed, Rahat Kabir of Rajshahi.",
      },
      {
        type: "p",
        text: "More than 400 students from 58 districts took part in the week-long event, played in a school auditorium in Dhanmondi. Organisers said nearly a third of entrants were girls, the highest share since the championship began.",
      },
      {
        type: "quote",
        text: "“In the last game I only needed a draw, but that was the hardest part, because I wanted to win,” Ayaan said. “My coach told me to sit on my hands and think before every move.”",
      },
      { type: "h2", text: "Girls’ section" },
      {
        type: "p",
        text: "The top girls’ prize went to eleven-year-old Nowshin Tabassum of Khulna, who finished fourth overall with seven points, including a win over one of the pre-tournament favourites.",
      },
      {
        type: "p",
        text: "Coaches say the game has grown in schools partly because online platforms allow children outside the big cities to play strong opponents regularly. Several schools now run lunchtime clubs, and some district associations have begun organising monthly rated tournaments.",
      },
    ],
  },
  {
    section: "sport",
    headline: "Traditional boat race returns to the Shitalakshya after a long gap",
    standfirst:
      "Eighteen long wooden boats, each crewed by dozens of rowers, raced before crowds lining both banks near Narayanganj.",
    authors: ["rakibul-hasan-sajib", "farhana-islam-mou"],
    topics: ["waterways"],
    hoursAgo: 274,
    body: [
      {
        type: "p",
        text: "Crowds lined both banks of the Shitalakshya near Narayanganj for a traditional boat race, or nouka baich, held in the area for the first time in several years. Eighteen narrow wooden boats, some more than 100 feet long and crewed by over forty rowers, competed over three heats and a final.",
      },
      {
        type: "p",
        text: "Rowers kept time to songs led by a singer at the centre of each boat, with drums and cymbals setting the pace. Boats came from villages in Narayanganj, Munshiganj and Manikganj, several of them repaired specially for the occasion.",
      },
      {
        type: "quote",
        text: "“My grandfather rowed in this boat, and my father too,” said Abul Kashem, captain of the winning crew from a village in Munshiganj. “For us, this is not only a sport. It is the story of our families.”",
      },
      { type: "h2", text: "Keeping the tradition afloat" },
      {
        type: "p",
        text: "Boat races were once a fixture of the monsoon calendar across much of the delta, but organisers say the cost of building and maintaining the long boats, which can run to several lakh taka, has made regular races harder to sustain.",
      },
      {
        type: "p",
        text: "Local organisers said they hoped to make the event annual and to add a separate race for women’s crews next year.",
      },
    ],
  },
  {
    section: "sport",
    headline: "Free football academy in Kamrangirchar gives teenagers a place to train",
    standfirst:
      "Started by a former club player, the academy now trains about 150 boys and girls on a patch of open land beside the Buriganga.",
    authors: ["rakibul-hasan-sajib"],
    topics: ["football", "waterways"],
    hoursAgo: 368,
    body: [
      {
        type: "p",
        text: "Three afternoons a week, a patch of open land beside the Buriganga in Kamrangirchar fills with teenagers in mismatched jerseys running passing drills. The free academy, started four years ago by former second-division club player Moniruzzaman Sohel, now trains about 150 boys and girls aged 10 to 17.",
      },
      {
        type: "p",
        text: "Sohel, who works as a sports teacher at a private school, funds the academy through small donations from local businesses and former teammates. Equipment is shared, and older players coach the younger groups.",
      },
      {
        type: "quote",
        text: "“In this area there are very few open spaces, and children have nothing to do after school,” he said. “Football gives them a reason to come, and then we can also talk to them about their studies and their futures.”",
      },
      {
        type: "p",
        text: "Two of the academy’s players have been selected for district age-group squads this year, and a girls’ team formed last year reached the semi-finals of a city tournament.",
      },
      { type: "h2", text: "A field under pressure" },
      {
        type: "p",
        text: "The biggest worry is the ground itself. The land is privately owned and could be sold for development, and it floods regularly during the monsoon. Sohel says he is talking to local officials about a longer-term space, but has no agreement yet.",
      },
    ],
  },

  // ---------------------------------------------------------------- Culture
  {
    section: "culture",
    headline: "Young painters turn to river life in new group exhibition in Dhanmondi",
    standfirst:
      "Eleven artists under 35 show work about boats, ghats and shifting chars at a month-long exhibition that has just opened.",
    authors: ["farhana-islam-mou"],
    topics: ["arts", "waterways"],
    hoursAgo: 12,
    body: [
      {
        type: "p",
        text: "A new group exhibition at Shapla Art Space in Dhanmondi brings together eleven painters and printmakers under the age of 35, all working on a single theme: the rivers that shape everyday life across Bangladesh. Titled “Ghat”, the show runs until the end of next month and is free to visit.",
      },
      {
        type: "p",
        text: "The works range from large acrylic canvases of crowded launch terminals at Sadarghat to small woodcut prints of fishing boats on the Meghna. Several artists have focused on char communities, whose islands of silt appear and vanish with the seasons.",
      },
      {
        type: "quote",
        text: "“I grew up watching the Jamuna take our neighbours’ land one year and give it back somewhere else the next,” said Sharmin Sultana Lipi, whose series of ink drawings fills the gallery’s upper floor. “I wanted to paint that uncertainty, not just the beauty.”",
      },
      { type: "h2", text: "A younger generation of collectors" },
      {
        type: "p",
        text: "Curator Adnan Rafiq said prices had deliberately been kept modest, with most works listed between Tk 15,000 and Tk 80,000, to encourage first-time buyers. About a third of the pieces had been reserved by the end of the opening weekend.",
      },
      {
        type: "p",
        text: "The gallery is open from 3pm to 8pm every day except Monday, with a guided walk-through by the artists on Saturday evenings.",
      },
    ],
  },
  {
    section: "culture",
    headline: "Small Dhaka presses find readers for Bangla translations of world fiction",
    standfirst:
      "Independent publishers around Aziz Super Market say translated novels from Latin America, Africa and East Asia are among their steadiest sellers.",
    authors: ["farhana-islam-mou"],
    topics: ["arts", "education"],
    hoursAgo: 109,
    body: [
      {
        type: "p",
        text: "A cluster of independent publishers working out of small offices around Aziz Super Market in Shahbagh say Bangla translations of contemporary fiction from around the world have become some of their most reliable titles. Novels first written in Spanish, Japanese, Arabic and several African languages now sit alongside Bangla classics on their shelves.",
      },
      {
        type: "p",
        text: "Most of the translators are young writers and university teachers, many of whom work from English editions, though publishers say they increasingly commission translations directly from the original language where they can.",
      },
      {
        type: "quote",
        text: "“Our readers are curious. They want to know how a family in Lagos or Lima lives,” said Imtiaz Mahmud, who runs Nodi Prokash, a press he founded with two friends from university. “And they want to read it in their own language.”",
      },
      { type: "h2", text: "Working on thin margins" },
      {
        type: "p",
        text: "Publishers say print runs are modest, often 500 to 1,000 copies, and that paper prices have risen sharply. Securing translation rights can also be slow and costly for small firms without international contacts.",
      },
      {
        type: "p",
        text: "Even so, several presses have begun planning their lists for the next Ekushey Book Fair, the month-long February fair that remains the most important sales event in Bangla publishing.",
      },
    ],
  },
  {
    section: "culture",
    headline: "Baul singers from Kushtia fill a Dhaka auditorium with the songs of Lalon",
    standfirst:
      "A three-hour programme of mystic songs, performed by a troupe of seven musicians, drew listeners of all ages on a rainy evening.",
    authors: ["farhana-islam-mou"],
    topics: ["arts"],
    hoursAgo: 40,
    body: [
      {
        type: "p",
        text: "A troupe of seven Baul musicians from Kushtia performed to a packed auditorium in Dhaka, singing the songs of Lalon Shah and other mystic poets for more than three hours. Despite heavy rain outside, organisers said every seat was taken and dozens of people stood along the aisles.",
      },
      {
        type: "p",
        text: "The group, led by veteran singer Haripada Das Baul, accompanied their songs with the one-stringed ektara, the dotara, a small drum and ankle bells. Between songs, Haripada explained the meaning of the verses, many of which question divisions of caste and creed.",
      },
      {
        type: "quote",
        text: "“Lalon asked what a person’s identity really is, and he is still asking us,” Haripada told the audience. “We only carry his question from village to village.”",
      },
      {
        type: "p",
        text: "Many in the audience were university students, some of whom had first encountered Baul songs through fusion bands and online videos. Several said they had come to hear the music performed in its traditional form.",
      },
      {
        type: "p",
        text: "The concert was the first in a monthly series of folk performances planned by a cultural organisation in Dhaka, which says it wants to bring rural musicians to city audiences and pay them properly for their work.",
      },
    ],
  },
  {
    section: "culture",
    headline: "Old Dhaka’s bakarkhani bakers keep an old recipe alive, one clay oven at a time",
    standfirst:
      "In lanes around Lalbagh and Chawkbazar, small bakeries still make the flaky bread by hand, though rising costs are squeezing their profits.",
    authors: ["anika-tabassum-prova", "farhana-islam-mou"],
    topics: ["arts", "cost-of-living"],
    hoursAgo: 233,
    body: [
      {
        type: "p",
        text: "Before sunrise in the lanes around Lalbagh, bakers at small shops are already rolling out dough for bakarkhani, the layered, flaky flatbread that has been part of Old Dhaka’s breakfast for generations. The bread is pressed onto the inner wall of a clay tandoor and lifted out minutes later, crisp and golden.",
      },
      {
        type: "p",
        text: "Most of the shops are family businesses, with fathers and sons or uncles and nephews working side by side. Each keeps its own variations: some add a little sugar, others brush on ghee or sprinkle sesame seeds.",
      },
      {
        type: "quote",
        text: "“My grandfather had this shop, and his teacher had a shop two lanes away,” said Mohammad Selim, who bakes around 2,000 pieces a day near Lalbagh Fort. “Machines can make bread. They cannot make bakarkhani.”",
      },
      { type: "h2", text: "Pressure on prices" },
      {
        type: "p",
        text: "Bakers say the cost of flour, cooking oil, ghee and firewood has risen steadily, but customers resist paying much more for an everyday food. Many shops have held prices by making each piece slightly smaller or by working longer hours.",
      },
      {
        type: "p",
        text: "Interest from food bloggers and visitors has brought new customers at weekends, and some bakers now sell packaged bakarkhani to shops in other parts of the city.",
      },
    ],
  },
  {
    section: "culture",
    headline: "Student theatre group stages a Bangla adaptation of a Chekhov comedy",
    standfirst:
      "The production, set in a crumbling zamindar house in Mymensingh, plays for two weekends at a small auditorium in Segunbagicha.",
    authors: ["farhana-islam-mou"],
    topics: ["arts"],
    hoursAgo: 384,
    body: [
      {
        type: "p",
        text: "A young theatre group made up mostly of university students has opened a Bangla adaptation of Anton Chekhov’s one-act comedy “The Proposal”, moving the story from a Russian country estate to a fading zamindar house in Mymensingh. The production runs for two weekends at a small auditorium in Segunbagicha.",
      },
      {
        type: "p",
        text: "In the adaptation, a nervous suitor arrives to propose to his neighbour’s daughter, only for the pair to fall into furious arguments over a disputed strip of land and the merits of their animals. Director Rezwana Akhter has replaced the original hunting dogs with rival fighting roosters, to loud laughter from the opening-night audience.",
      },
      {
        type: "quote",
        text: "“Chekhov understood that families will fight about everything except the thing that matters,” said Akhter. “Anyone who has sat through a land dispute at a wedding will recognise these people.”",
      },
      {
        type: "p",
        text: "The cast of three carries the fast-paced, 50-minute play with energy, and Tanvir Shahriar is especially good as the anxious, hypochondriac suitor, clutching his chest at every setback.",
      },
      {
        type: "p",
        text: "The group, founded three years ago, performs without any funding beyond ticket sales. Tickets cost Tk 200, with discounts for students.",
      },
    ],
  },
  {
    section: "culture",
    headline: "Short film festival spotlights first-time directors from outside Dhaka",
    standfirst:
      "Of the 42 films selected for this year’s programme, more than half were made by directors based in district towns.",
    authors: ["farhana-islam-mou"],
    topics: ["arts"],
    hoursAgo: 400,
    body: [
      {
        type: "p",
        text: "The Jonaki Short Film Festival opens in Dhaka this weekend with a programme of 42 short films, more than half of them made by directors based outside the capital. Organisers said submissions from district towns had nearly doubled since last year, helped by cheaper cameras and editing software.",
      },
      {
        type: "p",
        text: "The selection includes documentaries, fiction and animation. Among the most anticipated titles are a 17-minute drama from Bogura about a rickshaw mechanic teaching his daughter to ride a bicycle, and a documentary following salt farmers on the coast near Cox’s Bazar through a single season.",
      },
      {
        type: "quote",
        text: "“Ten years ago, making a film meant coming to Dhaka,” said festival director Shuvro Ahmed. “Now a young person in Nilphamari can shoot, edit and send us a film from home. The stories are different, and that is exciting.”",
      },
      { type: "h2", text: "Screenings and workshops" },
      {
        type: "list",
        items: [
          "Screenings run over three days at two venues in Dhanmondi and Shahbagh",
          "Entry is free, with seats allocated on a first-come basis",
          "A workshop on sound recording for low-budget films is open to registered participants",
          "Jury prizes will be announced on the closing evening",
        ],
      },
      {
        type: "p",
        text: "Winners of the top prizes receive small production grants towards their next project.",
      },
    ],
  },
];
