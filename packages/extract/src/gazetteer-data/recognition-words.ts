/** Word lists the toponym recogniser uses to tell places from other capitalised phrases. */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Never places on their own, though some are also town names somewhere. */
export const NEVER_PLACES = set(`
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  Easter Christmas Ramadan Eid Islam Allah God Christian Christians Muslim Muslims Shia Shiite Shiites
  Sunni Sunnis Kurd Kurds Yazidi Yazidis Jewish Jews Arab Arabs Arabic Catholic Protestant Orthodox
  Mr Mrs Ms Dr President Minister King Queen Prince Sheikh Imam Pope Sir Lord Lady
  I We You He She It They The A An This That These Those Here There When Where What Who Why How
  Twitter Facebook YouTube Instagram Google Reuters AFP AP CNN BBC
  Centre Center Capital Coast Littoral Border Frontier Interior Highlands Lowlands Mission Union
`);

/** Arabic words that are also some place's name but in news mostly mean "the city", "the
 *  capital", a direction or a weekday (Arabic has no capitals to tell them apart). */
export const ARABIC_NEVER_PLACES = set(`
  المدينة مدينة الدولة دولة العاصمة عاصمة البلاد المنطقة منطقة القرية قرية المحافظة محافظة الولاية
  الشرق الغرب الشمال الجنوب الوسط شرق غرب شمال جنوب وسط الريف ريف المركز مركز الحدود السوق سوق
  الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت النصر السلام الأمل الحرية الجديدة الكبرى
`);

/** Titles before a name: a place-like word right after one is part of a person's name. */
export const TITLE_WORDS = set(`
  Mr Mrs Ms Miss Dr Prof Professor President Vice Prime Minister Premier Chancellor Secretary Gen General
  Lt Lieutenant Col Colonel Maj Major Capt Captain Sgt Sergeant Cpl Corporal Pvt Adm Admiral Brig Brigadier
  Cmdr Commander Sen Senator Rep Representative Gov Governor Mayor Judge Justice Chief Deputy Spokesman
  King Queen Prince Princess Emir Sultan Sheikh Shaikh Imam Mullah Ayatollah Pope Cardinal Bishop Archbishop
  Father Rev Reverend Pastor Brother Sister Saint Sir Lord Lady Dame Mother Uncle Aunt Hajji Haji Mufti
  Ambassador Envoy Officer Inspector Detective Agent Coach Dr Doctor Prof Mister Madam
`);

/** Heads of organisation names: "Washington Post", "Dubai Police", "Pakistan Army" are not places. */
export const ORGANISATION_WORDS = set(`
  Post Times News Herald Tribune Journal Gazette Observer Guardian Telegraph Chronicle Daily Weekly Mail
  Express Star Sun Record Review Magazine Radio TV Television Channel Network Media Press Agency Wire
  Police Army Navy Force Forces Airlines Airways Air Assembly Board Committee Council Commission Office
  Ministry Department Bureau Bank Party Front Movement Union Federation Group Association Society Institute
  Foundation Company Corporation Corp Inc Ltd LLC Club FC United Rangers Raptors Lakers Giants Team
  Government Administration Command Operations Regiment Division Brigade Brigades Battalion Corps Guard Guards
  Militia Council Senate Parliament Congress Court Tribunal Authority Observatory Watch Monitor Center Centre
  Council Coalition Alliance Organisation Organization Fund Trust Project Initiative Conference Summit Festival
  Cup League Championship Open Games Award Awards Prize Declaration Accord Agreement Treaty Pact Protocol
  Street St Road Rd Avenue Ave Boulevard Lane Drive Highway Way Square Plaza Mall Hotel Restaurant Cafe Bar
  Chrome Story Times Index Exchange Stock Shares Group Holdings Energy Oil Gas Petroleum Telecom Motors
  Times Affairs Studies Research Rights Liberation Islamic Democratic Republican Socialist Communist National
  Revolutionary People Peoples Popular Patriotic Defence Defense Security Intelligence Service Services
  Unit Units Squad Regime State Caliphate Emirate Province Wilayat
`);

/** Facilities named after their town: the town is still a place of the event. */
export const FACILITY_WORDS = set(`
  Airport University College School Hospital Dam Bridge Market Bazaar Mosque Church Cathedral Temple Shrine
  Stadium Camp Base Prison Jail Port Harbour Harbor Refinery Plant Station Checkpoint Crossing Gate Citadel
  Castle Palace Museum Zoo Park Garden Gardens Cemetery Valley River Lake Mountain Mountains Hills Desert
  Plain Plains Island Islands Coast Beach Bay Canal
`);

/** Directional modifiers that keep a place a place: "Northern Iraq", "Eastern Ghouta", "Greater London". */
export const DIRECTION_WORDS = set(`
  North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast Southwest
  Northeastern Northwestern Southeastern Southwestern Upper Lower Greater Outer Inner Downtown Old Mid
  Middle Far Near Rural Metropolitan Metro
`);

/** Adjectives of peoples and faiths that may stand before a place: "Kurdish Duhok Province",
 *  "Shiite Karbala". */
export const ETHNIC_ADJECTIVES = set(`
  Kurdish Arab Arabic Shiite Shia Sunni Yazidi Christian Muslim Turkmen Assyrian Druze Alawite Pashtun
  Hazara Tajik Uzbek Baloch Hausa Fulani Yoruba Igbo Somali Amhara Oromo Tigrayan Berber Tuareg Jewish
  Catholic Orthodox Coptic Maronite Kurdistan Rebel Regime Government Opposition
`);

/** Unit words after or before a name, and the kind of place they call for. */
export const UNIT_WORDS: Readonly<Record<string, 'admin1' | 'admin2' | 'city'>> = {
  province: 'admin1',
  provinces: 'admin1',
  governorate: 'admin1',
  governate: 'admin1',
  state: 'admin1',
  region: 'admin1',
  regional: 'admin1',
  oblast: 'admin1',
  prefecture: 'admin1',
  district: 'admin2',
  districts: 'admin2',
  county: 'admin2',
  lga: 'admin2',
  municipality: 'admin2',
  subdistrict: 'admin2',
  zone: 'admin2',
  territory: 'admin2',
  city: 'city',
  town: 'city',
  village: 'city',
  villages: 'city',
  suburb: 'city',
  neighbourhood: 'city',
  neighborhood: 'city',
  area: 'city',
  camp: 'city',
  community: 'city',
  capital: 'city',
};

/** Prepositions that, right before a capitalised word, mark it as a location. */
export const LOCATIVE_WORDS = set(`
  in at near from outside inside into to toward towards around across throughout between via of on over
  within beyond against north south east west northeast northwest southeast southwest
`);

/** Function words: a capital on one of these says nothing about the next or previous word. */
export const FUNCTION_WORDS = set(`
  The A An In On At Of For From To By With And But Or Nor As If When While After Before Since During
  Until Unless Although Though Because This That These Those It Its He His She Her They Their We Our
  I My You Your Some Many Most All Both Each Every No Not Yet So Then Now Here There Also Last Next
  According Across Along Around Between Despite Inside Into Near Outside Over Through Under Upon Via
  Where Which Who Whom Whose What Why How Meanwhile However Earlier Later Today Yesterday Tomorrow
`);

/** Lower-case words allowed inside a multi-word name: "Bosnia and Herzegovina", "Salah ad Din". */
export const NAME_CONNECTORS = set(`
  of and de del der den la le les du des da do dos das di al el ad ez ar az ash ul upon
  y bin ibn bint van von zu am im sur the
`);

/** Particles of personal names: after an unknown capital they continue a person's name. */
export const NAME_PARTICLES = set(`van von de da di du der den le la zu bin ibn bint al el`);

/** People and bodies a place name can modify: "Toronto police", "US forces", "Oklahoma teachers".
 *  The name then stands for its people or state, not for a location (a non-literal modifier). */
export const ASSOCIATIVE_HEADS = set(`
  police policeman policemen forces force troops soldiers soldier army military navy government governments
  official officials authorities authority lawmakers legislators legislature senators senator president
  presidents leader leaders leadership ministry minister ministers diplomats diplomat spokesman spokeswoman
  spokesperson teachers teacher residents resident man men woman women mother father boy girl son daughter
  citizens citizen nationals national natives native people company companies firm firms team teams fans
  voters law laws court courts judge judges ally allies officer officers regime administration media
  counterpart counterparts delegation mission missions embassy envoy ambassador consulate prosecutors
  prosecutor investigators lawyers lawyer businessman businessmen businesses parliament lawmaker governor
  mayor council state-run state-owned side
`);

/** Nouns that make an adjective of place a location: "the Turkish border", "Greek islands",
 *  "the Iraqi city of Tikrit" (a literal modifier, reported as a mention of the country). */
export const GEOGRAPHIC_NOUNS = set(`
  border borders frontier city cities town towns village villages capital coast coastline island islands
  mainland territory territories soil airspace waters province provinces region regions states
  countryside side countries country desert mountains port ports
`);

/** Verbs after a country or capital that make it an actor, not a location: "Russia said",
 *  "Moscow denies", "Mexico should limit" (metonymy). */
export const ACTOR_VERBS = set(`
  said says say told tells denied denies deny accused accuses accuse claimed claims claim wants want wanted
  announced announces approved approves expelled expels warned warns insisted insists agreed agrees rejected
  rejects responded responds demanded demands condemned condemns urged urges called calls decided decides
  signed signs threatened threatens imposed imposes unveiled unveils deployed deploys reacted reacts asked
  asks blamed blames backed backs vowed vows pledged pledges sought seeks plans planned believes believed
  should would could will must may might can cannot has have had does did is was were are
  refused refuses hopes hoped needs needed intends intended filed contended argued argues recognised
  recognized opposed opposes supported supports welcomed welcomes criticised criticized leads led
  moved confirmed confirms follows followed responded respond charged faces faced been
`);

/** Adverbs that may stand between an actor and its verb: "the US also approved". */
export const ACTOR_ADVERBS = set(
  `now also already still then later recently reportedly officially previously has have had`,
);

/** Verbs or prepositions before a country that make it an actor or target: "sanctions against Iran". */
export const ACTOR_LEADS = set(`
  against accused urged sanctioned blamed condemned criticised criticized supporting supported backed
  pressured persuaded
`);
