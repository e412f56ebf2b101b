/**
 * Demo content for Byline: sections, bylines and a small set of stories from
 * July 2018, all written by us for this project. The lead story follows the
 * shape of the wire story the tests import (lib/testing/fixtures/wire-story.md:
 * agency byline, hero credit, inline "Related article:" block, original URL).
 *
 * Conventions:
 * - `body` is Markdown. A line of the exact form `{{related:SLUG}}` on its own
 *   becomes an inline "Related article:" block pointing at that story.
 * - `publishedAt` is an ISO 8601 instant. For SCHEDULED stories it is only a
 *   placeholder: the real publication time is now + `scheduledInDays`. For
 *   DRAFT and IN_REVIEW stories it is the time the draft was started, not a
 *   publication time; readers must never see those stories.
 * - Hero images are generated abstract art (a two-colour gradient with a
 *   motif), so alt texts say so.
 */

export type DemoSection = {
  name: string;
  slug: string;
  description: string;
  position: number;
};

export type DemoAuthor = {
  name: string;
  slug: string;
  kind: "STAFF" | "AGENCY";
  bio: string;
  url?: string;
};

export type DemoHero = {
  alt: string;
  caption: string;
  credit: string;
  /** Two hex colours for a generated gradient image. */
  colors: [string, string];
  motif: "circles" | "stripes" | "grid" | "waves";
};

export type DemoStory = {
  slug: string;
  headline: string;
  dek: string;
  /** Section slug. */
  section: string;
  /** Author slugs, in byline order. */
  authors: string[];
  /** Tag names. */
  tags: string[];
  status: "PUBLISHED" | "DRAFT" | "IN_REVIEW" | "SCHEDULED";
  /** ISO 8601 with Z; for SCHEDULED, use `scheduledInDays` instead. */
  publishedAt: string;
  /** Only for SCHEDULED: days from now. */
  scheduledInDays?: number;
  /** ISO, only when the story was edited after publication. */
  updatedAt?: string;
  dateline: string;
  hero: DemoHero;
  sourceName?: string;
  sourceUrl?: string;
  seoTitle?: string;
  seoDescription?: string;
  /** Markdown; `{{related:SLUG}}` on its own line is an inline related block. */
  body: string;
  /** Slugs of the hand-picked "Related articles" list, in order. */
  related: string[];
  corrections?: { text: string; correctedAt: string }[];
};

export const demoSections: readonly DemoSection[] = [
  {
    name: "World",
    slug: "world",
    description: "International news, diplomacy and conflict from every region.",
    position: 1,
  },
  {
    name: "Politics",
    slug: "politics",
    description: "Government, elections and the people who run them.",
    position: 2,
  },
  {
    name: "Business",
    slug: "business",
    description: "Markets, trade, companies and the economy.",
    position: 3,
  },
  {
    name: "Technology",
    slug: "technology",
    description: "The tech industry, its regulators and the security of our networks.",
    position: 4,
  },
  {
    name: "Science",
    slug: "science",
    description: "Space, climate and discoveries, explained plainly.",
    position: 5,
  },
];

export const demoAuthors: readonly DemoAuthor[] = [
  {
    name: "Leila Haddad",
    slug: "leila-haddad",
    kind: "STAFF",
    bio: "Leila Haddad is Byline's diplomatic correspondent. She has reported from Beirut, Brussels and Moscow.",
  },
  {
    name: "Owen Maddox",
    slug: "owen-maddox",
    kind: "STAFF",
    bio: "Owen Maddox covers the White House and Congress. Before joining Byline he spent eight years at a statehouse bureau.",
  },
  {
    name: "Hannah Lindqvist",
    slug: "hannah-lindqvist",
    kind: "STAFF",
    bio: "Hannah Lindqvist writes about trade, central banks and the global economy.",
  },
  {
    name: "Tomas Ferreira",
    slug: "tomas-ferreira",
    kind: "STAFF",
    bio: "Tomas Ferreira reports on the technology industry, privacy and cybersecurity from San Francisco.",
  },
  {
    name: "Priya Natarajan",
    slug: "priya-natarajan",
    kind: "STAFF",
    bio: "Priya Natarajan is Byline's science editor. She trained as an astrophysicist before turning to journalism.",
  },
  {
    name: "Reuters",
    slug: "reuters",
    kind: "AGENCY",
    bio: "Reuters is an international news agency headquartered in London.",
    url: "https://www.reuters.com/",
  },
  {
    name: "Associated Press",
    slug: "associated-press",
    kind: "AGENCY",
    bio: "The Associated Press is an independent, not-for-profit news cooperative based in New York.",
    url: "https://apnews.com/",
  },
  {
    name: "Agence France-Presse",
    slug: "agence-france-presse",
    kind: "AGENCY",
    bio: "Agence France-Presse is a global news agency headquartered in Paris.",
    url: "https://www.afp.com/",
  },
];

export const demoStories: readonly DemoStory[] = [
  // ---------------------------------------------------------------- lead story
  {
    slug: "putin-invites-trump-to-moscow",
    headline: "Putin Invites Trump to Moscow",
    dek: "The Russian leader says the American president has a standing invitation, and the White House signals it is willing, despite the fallout from Helsinki.",
    section: "world",
    authors: ["reuters"],
    tags: ["Russia", "United States", "Diplomacy"],
    status: "PUBLISHED",
    publishedAt: "2018-07-28T10:00:00Z",
    dateline: "JOHANNESBURG",
    hero: {
      alt: "Abstract illustration in navy and gold standing in for a photograph of Vladimir Putin and Donald Trump at their Helsinki summit",
      caption: "The Russian and American presidents during their talks in the Finnish capital on July 16.",
      credit: "Kremlin.ru",
      colors: ["#1d3557", "#c9a227"],
      motif: "circles",
    },
    sourceName: "The Moscow Times",
    sourceUrl: "https://www.themoscowtimes.com/2018/07/28/putin-invites-trump-to-moscow-a62371",
    seoTitle: "Putin says Trump is welcome in Moscow",
    seoDescription:
      "Vladimir Putin says Donald Trump has an open invitation to Moscow; the White House says the president is willing to go and wants to host Putin next year.",
    body: `Vladimir Putin said on Friday that he would be glad to receive Donald Trump in Moscow, and the White House responded warmly to the idea, even as the American president was still taking criticism at home over his performance at their Helsinki summit earlier this month.

Speaking to reporters in Johannesburg, where he was attending a summit of the BRICS group of emerging economies, the Russian leader said a further meeting would need the right conditions to be in place in both countries. The remark appeared to allude to the political storm that broke out in Washington after the two men met in Finland.

> Trump already has an invitation to come to Moscow, Putin said, and he had told him so in person; Russia, he added, was ready to welcome him.

In a written statement, White House press secretary Sarah Sanders said Trump was keen to host Putin in Washington once the new year begins, and was willing to travel to the Russian capital as soon as a formal invitation arrived.

Separately, Defense Secretary Jim Mattis said he was weighing whether to hold talks with his Russian counterpart, which would be the first such meeting between the two countries' defence chiefs in years. He stressed that nothing had been decided, and said the Helsinki summit had produced no change in policy and no new instructions on Syria.

Trump has faced criticism from both parties since Helsinki for declining to challenge Putin in public over Russian meddling in the 2016 election, and for appearing to give more weight to the Russian leader's denials than to the findings of his own intelligence agencies. The president has defended how he handled the meeting.

{{related:trump-delays-putin-meeting-bolton}}

Plans for Putin to visit Washington this autumn were shelved after the uproar. On Wednesday the White House said that meeting would wait until next year, by which time the special counsel's inquiry into Russian election interference might be complete.

Ties between the two countries are at their weakest since the Cold War, strained by Russia's seizure of Crimea in 2014, its military support for Syrian President Bashar al-Assad from 2015 and the US intelligence finding that Moscow tried to sway the 2016 vote. Washington and Brussels both keep **sanctions** on Russia in place, and Moscow has been pressing for them to be lifted.

American intelligence agencies concluded last year that Russia ran a campaign of hacking and online disinformation intended to hurt Hillary Clinton and help Trump. Trump, whose own advisers have warned that the interference is continuing ahead of November's congressional elections, met his national security team on Friday to discuss protecting the vote.`,
    related: [
      "trump-delays-putin-meeting-bolton",
      "trump-putin-helsinki-summit",
      "white-house-invites-putin-to-washington",
    ],
  },

  // ---------------------------------------------------------------- politics
  {
    slug: "trump-delays-putin-meeting-bolton",
    headline: "Trump Delays Putin Meeting Until 'After the Russia Witch Hunt is Over,' Bolton Says",
    dek: "A Washington visit floated only last week is pushed into next year, after the special counsel's investigation.",
    section: "politics",
    authors: ["associated-press"],
    tags: ["Russia", "United States", "Diplomacy"],
    status: "PUBLISHED",
    publishedAt: "2018-07-25T16:00:00Z",
    dateline: "WASHINGTON",
    hero: {
      alt: "Abstract illustration in navy and crimson, a calendar-like grid, for a story on a postponed summit",
      caption: "The White House has pushed a second Trump-Putin meeting into next year.",
      credit: "Byline illustration",
      colors: ["#14213d", "#b23a48"],
      motif: "grid",
    },
    sourceName: "Associated Press",
    sourceUrl: "https://apnews.com/",
    body: `A second meeting between President Donald Trump and Vladimir Putin will not happen until next year, national security adviser John Bolton said on Wednesday, putting off a Washington visit that the White House had floated only days earlier.

In a short statement, Bolton said the president wanted his next one-on-one session with the Russian leader to take place once the Russia investigation, which Trump has repeatedly derided as a "witch hunt", was finished. The two sides, he said, had agreed to aim for a date early in the new year.

The White House announced on July 19 that Trump had asked Bolton to invite Putin for an autumn visit. The plan caught even the president's director of national intelligence, Dan Coats, by surprise; he learned of it during a live interview on stage.

{{related:white-house-invites-putin-to-washington}}

The invitation drew objections from lawmakers in both parties who were still angry about the Helsinki summit on July 16, where Trump declined to back his own intelligence agencies' conclusion that Russia interfered in the 2016 election.

Special counsel Robert Mueller is examining that interference and whether anyone in the Trump campaign coordinated with it. The president denies any collusion, and there is no public timetable for the inquiry to end.

Kremlin officials said earlier this week that no preparations for a trip to Washington had begun, and suggested the two presidents could see each other at other international gatherings in the meantime.`,
    related: [
      "putin-invites-trump-to-moscow",
      "white-house-invites-putin-to-washington",
      "trump-putin-helsinki-summit",
    ],
  },
  {
    slug: "white-house-invites-putin-to-washington",
    headline: "White House Says Trump Has Invited Putin to Washington This Fall",
    dek: "The announcement, made days after Helsinki, takes the president's own intelligence chief by surprise.",
    section: "politics",
    authors: ["owen-maddox"],
    tags: ["Russia", "United States", "Diplomacy"],
    status: "PUBLISHED",
    publishedAt: "2018-07-19T22:00:00Z",
    dateline: "WASHINGTON",
    hero: {
      alt: "Abstract illustration of horizontal red, white and blue stripes for a story on a White House invitation",
      caption: "The White House said talks on a fall visit were already under way.",
      credit: "Byline illustration",
      colors: ["#0b3d91", "#d62828"],
      motif: "stripes",
    },
    body: `President Donald Trump has asked his national security adviser, John Bolton, to invite Vladimir Putin to Washington this fall, the White House said on Thursday, just three days after the two leaders' widely criticized summit in Helsinki.

Press secretary Sarah Sanders announced the plan on Twitter and said discussions about a date were already under way. Officials gave no details of what the two presidents would discuss.

The news reached Dan Coats, the director of national intelligence, while he was being interviewed on stage at the Aspen Security Forum in Colorado. Told of the invitation, he paused, asked to hear it again and then remarked that the meeting would certainly be *special*, drawing laughter from the audience.

Coats also said he did not know what had been said during the roughly two hours Trump and Putin spent alone with only their interpreters in Helsinki, and that he would not have advised that format.

The same day, the White House said Trump disagreed with a proposal, raised by Putin at the summit, to let Russian investigators question Americans including a former US ambassador to Moscow, Michael McFaul. The Senate voted 98 to 0 for a resolution urging the administration not to hand over any US officials.

Senate Democratic leader Chuck Schumer said there should be no further one-on-one meetings with Putin until Americans knew what had happened in the first one.`,
    related: ["trump-putin-helsinki-summit", "trump-delays-putin-meeting-bolton"],
  },
  {
    slug: "mueller-indicts-russian-intelligence-officers",
    headline: "Twelve Russian Intelligence Officers Charged With Hacking Democrats in 2016",
    dek: "The indictment, announced three days before the Helsinki summit, details how stolen emails were spread online.",
    section: "politics",
    authors: ["owen-maddox", "associated-press"],
    tags: ["Russia", "Elections", "Cybersecurity"],
    status: "PUBLISHED",
    publishedAt: "2018-07-13T18:00:00Z",
    dateline: "WASHINGTON",
    hero: {
      alt: "Abstract illustration of a dark green grid of small squares for a story on an indictment of hackers",
      caption: "Prosecutors say the officers belonged to Russia's military intelligence agency.",
      credit: "Byline illustration",
      colors: ["#0f2d1f", "#5bd17a"],
      motif: "grid",
    },
    sourceName: "Associated Press",
    sourceUrl: "https://apnews.com/",
    body: `A federal grand jury has charged 12 officers of Russia's military intelligence agency, the GRU, with breaking into the computers of the Democratic Party and Hillary Clinton's presidential campaign in 2016, the Justice Department said on Friday.

Deputy Attorney General Rod Rosenstein announced the indictment, which was brought by special counsel Robert Mueller. It says the officers stole emails and documents and released them through online personas they had invented, including *DCLeaks* and *Guccifer 2.0*, in an effort to interfere with the election.

According to the charges, the same group also broke into the website of a state election board and stole information on about half a million voters.

Rosenstein said the indictment did not allege that any American knowingly communicated with the officers, or that the hacking changed the outcome of any vote.

{{related:trump-putin-helsinki-summit}}

The announcement came three days before President Donald Trump was due to meet Vladimir Putin in Helsinki. Several Democrats urged him to cancel the summit; the White House said it would go ahead.

The Kremlin denied that Russia's government had any role in the hacking. The officers are in Russia, which does not extradite its citizens, so they are unlikely ever to face trial in the United States.`,
    related: ["trump-putin-helsinki-summit", "microsoft-phishing-midterm-candidates"],
  },

  // ---------------------------------------------------------------- world
  {
    slug: "trump-putin-helsinki-summit",
    headline: "At Helsinki Summit, Trump Declines to Back US Intelligence Over Putin",
    dek: "A joint news conference with the Russian president sets off a storm of criticism in Washington, including from Republicans.",
    section: "world",
    authors: ["leila-haddad", "reuters"],
    tags: ["Russia", "United States", "Diplomacy", "Elections"],
    status: "PUBLISHED",
    publishedAt: "2018-07-16T16:00:00Z",
    dateline: "HELSINKI",
    hero: {
      alt: "Abstract illustration of overlapping blue and white circles for a story on the Helsinki summit",
      caption: "The two presidents spent about two hours alone, with only interpreters present.",
      credit: "Byline illustration",
      colors: ["#003580", "#e8eef7"],
      motif: "circles",
    },
    sourceName: "Reuters",
    sourceUrl: "https://www.reuters.com/",
    seoTitle: "Trump and Putin meet in Helsinki",
    seoDescription:
      "At a joint news conference in Helsinki, Donald Trump declined to side with US intelligence over Vladimir Putin on election interference.",
    body: `Donald Trump and Vladimir Putin held their first full summit in Helsinki on Monday, and the American president then declined, in front of the world's press, to say that he believed his own intelligence agencies over the Russian leader on interference in the 2016 election.

Asked directly whom he trusted, Trump said Putin had denied the accusation very forcefully and that he saw no reason why Russia would have been responsible. He also blamed both countries for the poor state of relations.

Putin again rejected the charge that Russia had meddled, but said he had wanted Trump to win because the Republican candidate had talked about improving ties with Moscow.

> Putin offered to let US investigators attend questioning of the 12 Russian officers indicted last week, if Russia could in turn question people in the United States.

The two men spent about two hours alone with only their interpreters before the news conference, and neither side gave a detailed account of what was agreed.

{{related:mueller-indicts-russian-intelligence-officers}}

The reaction in Washington was swift. Dan Coats, the director of national intelligence, issued a statement standing by the agencies' assessment. Senator John McCain called it one of the most shameful performances by an American president he could remember, and House Speaker Paul Ryan said Russia was not an ally of the United States.

Trump defended the meeting on his return, saying that getting along with Russia was a good thing for the world.`,
    related: [
      "mueller-indicts-russian-intelligence-officers",
      "white-house-invites-putin-to-washington",
      "putin-invites-trump-to-moscow",
    ],
  },
  {
    slug: "thai-cave-rescue-complete",
    headline: "All 12 Boys and Their Coach Rescued From Flooded Thai Cave",
    dek: "Divers bring out the last members of the Wild Boars football team after more than two weeks underground.",
    section: "world",
    authors: ["agence-france-presse"],
    tags: ["Asia", "Disasters"],
    status: "PUBLISHED",
    publishedAt: "2018-07-10T19:00:00Z",
    dateline: "MAE SAI, Thailand",
    hero: {
      alt: "Abstract illustration of deep teal waves for a story on a rescue from a flooded cave",
      caption: "The rescue took three days of dives through flooded passages.",
      credit: "Byline illustration",
      colors: ["#023e4d", "#48cae4"],
      motif: "waves",
    },
    sourceName: "Agence France-Presse",
    sourceUrl: "https://www.afp.com/",
    body: `Rescuers brought the last four boys and their football coach out of the Tham Luang cave in northern Thailand on Tuesday, ending an operation that held the world's attention for more than two weeks.

The 12 boys, aged between 11 and 16, and their 25-year-old coach had gone into the cave in Chiang Rai province on June 23 after a practice session. Monsoon rain flooded the passages behind them and cut them off from the entrance.

Two British divers found the group alive on a muddy ledge several kilometres inside on July 2. Getting them out took three days, with each boy guided through narrow, submerged sections by experienced cave divers.

The operation was not without loss. Saman Kunan, a former Thai navy diver who had volunteered to help, died on July 6 after running out of air while placing oxygen tanks along the route.

All 13 were taken to hospital in Chiang Rai, where officials said they were in good condition but would be kept in quarantine for some days as a precaution.

The Thai navy's special forces unit, which led the effort with help from international teams, marked the end of the rescue by saying on social media that all of the "Wild Boars" were out.`,
    related: ["greece-wildfires-mati"],
  },
  {
    slug: "greece-wildfires-mati",
    headline: "Wildfires Near Athens Kill Dozens as Residents Flee Into the Sea",
    dek: "The seaside village of Mati is devastated; the government declares three days of national mourning.",
    section: "world",
    authors: ["agence-france-presse"],
    tags: ["Europe", "Disasters", "Climate"],
    status: "PUBLISHED",
    publishedAt: "2018-07-24T15:00:00Z",
    dateline: "MATI, Greece",
    hero: {
      alt: "Abstract illustration in orange and charcoal, wavy bands suggesting smoke, for a story on wildfires in Greece",
      caption: "Strong winds drove the fire through the coastal village within hours.",
      credit: "Byline illustration",
      colors: ["#2b2d42", "#f77f00"],
      motif: "waves",
    },
    sourceName: "Agence France-Presse",
    sourceUrl: "https://www.afp.com/",
    body: `At least 74 people have died in wildfires that tore through seaside communities east of Athens, Greek officials said on Tuesday, in one of the deadliest fire disasters in the country's modern history.

Driven by strong winds, the fire reached the village of Mati on Monday evening so quickly that many residents and holidaymakers had no time to escape by road. Hundreds fled to the beaches and waded into the sea, where fishing boats and the coast guard picked them up.

Rescue workers found the bodies of 26 people, including children, close together in the yard of a villa near a cliff above the water, the Greek Red Cross said.

Prime Minister Alexis Tsipras cut short a visit abroad, declared three days of national mourning and said the government would do everything it could for the survivors.

Several countries, including Spain, Italy and Cyprus, offered aircraft and firefighters. Dozens of people were still unaccounted for on Tuesday, and the death toll was expected to rise.

The fires followed weeks of hot, dry weather across much of Europe, where blazes have also burned this month in Sweden, far to the north of their usual range.`,
    related: ["japan-record-heat-wave", "thai-cave-rescue-complete"],
  },
  {
    slug: "imran-khan-claims-victory-pakistan",
    headline: "Imran Khan Claims Victory in Pakistan Election as Rivals Allege Rigging",
    dek: "The former cricket captain's party leads the count but is expected to fall short of a majority.",
    section: "world",
    authors: ["reuters"],
    tags: ["Asia", "Elections"],
    status: "PUBLISHED",
    publishedAt: "2018-07-26T18:00:00Z",
    dateline: "ISLAMABAD",
    hero: {
      alt: "Abstract illustration of green and white vertical stripes for a story on Pakistan's general election",
      caption: "Counting continued on Thursday after Wednesday's general election.",
      credit: "Byline illustration",
      colors: ["#01411c", "#f1f1f1"],
      motif: "stripes",
    },
    sourceName: "Reuters",
    sourceUrl: "https://www.reuters.com/",
    body: `Imran Khan declared victory in Pakistan's general election on Thursday as partial results showed his Pakistan Tehreek-e-Insaf party winning the most seats in the national assembly, though probably not enough to govern alone.

In a televised address from his home outside Islamabad, the former captain of Pakistan's cricket team promised to fight corruption, help the poor and seek better relations with neighbouring countries.

The party of jailed former prime minister Nawaz Sharif, the Pakistan Muslim League-Nawaz, rejected the results and accused the authorities of manipulating the count. Other parties made similar complaints. The election commission denied any rigging and blamed delays on a failure of its electronic results system.

The vote was marred by violence. A suicide bombing near a polling station in the city of Quetta on election day killed more than 30 people.

Khan, 65, has spent more than two decades in politics. If confirmed as prime minister, he will need the support of smaller parties or independents to form a government.`,
    related: [],
  },

  // ---------------------------------------------------------------- business
  {
    slug: "trump-juncker-trade-truce",
    headline: "Trump and Juncker Agree to Step Back From Trade War",
    dek: "Washington and Brussels will work toward cutting industrial tariffs and hold off on new ones while they talk.",
    section: "business",
    authors: ["agence-france-presse"],
    tags: ["Trade", "Europe", "United States"],
    status: "PUBLISHED",
    publishedAt: "2018-07-25T21:00:00Z",
    dateline: "WASHINGTON",
    hero: {
      alt: "Abstract illustration of gold circles on a deep blue field for a story on EU-US trade talks",
      caption: "The two leaders announced the agreement in the White House Rose Garden.",
      credit: "Byline illustration",
      colors: ["#003399", "#ffcc00"],
      motif: "circles",
    },
    sourceName: "Agence France-Presse",
    sourceUrl: "https://www.afp.com/",
    body: `President Donald Trump and European Commission President Jean-Claude Juncker agreed on Wednesday to hold back from a widening trade fight and to open talks on lowering barriers between the world's two largest trading partners.

Speaking together at the White House, the two men said they would:

- work toward **zero tariffs**, zero non-tariff barriers and zero subsidies on industrial goods other than cars;
- increase European purchases of American soybeans and liquefied natural gas;
- try to settle the dispute over US tariffs on steel and aluminium, and the duties the EU imposed in response.

Crucially for European carmakers, both sides said they would not impose new tariffs while the negotiations continued. Trump had threatened a 25 percent duty on imported cars, which would have hit Germany hardest.

Investors welcomed the news, and US stock indexes rose in late trading as details of the agreement emerged.

Officials gave no timetable for the talks, and the steel and aluminium tariffs imposed on the EU on June 1 remain in place for now.`,
    related: ["us-economy-grows-4-percent", "eu-us-trade-talks-explainer"],
  },
  {
    slug: "us-economy-grows-4-percent",
    headline: "US Economy Grew at 4.1% Rate in Second Quarter, Fastest Since 2014",
    dek: "Strong consumer spending and a rush of soybean exports ahead of Chinese tariffs lifted growth.",
    section: "business",
    authors: ["reuters"],
    tags: ["Economy", "Markets", "United States"],
    status: "PUBLISHED",
    publishedAt: "2018-07-27T13:30:00Z",
    dateline: "WASHINGTON",
    hero: {
      alt: "Abstract illustration of rising green stripes on a dark background for a story on economic growth",
      caption: "Growth in the second quarter was the strongest in nearly four years.",
      credit: "Byline illustration",
      colors: ["#1b263b", "#52b788"],
      motif: "stripes",
    },
    sourceName: "Reuters",
    sourceUrl: "https://www.reuters.com/",
    body: `The US economy expanded at an annual rate of 4.1 percent in the second quarter, the government said on Friday, its best performance since the third quarter of 2014.

The first estimate from the Commerce Department's [Bureau of Economic Analysis](https://www.bea.gov/) showed consumer spending, which makes up more than two-thirds of economic activity, rebounding strongly after a weak start to the year. Growth in the first quarter was revised up to 2.2 percent.

Exports also jumped, led by soybeans, as farmers and buyers hurried to ship crops before China's retaliatory tariffs took effect in early July. Economists said that boost was likely to reverse in the coming months.

President Donald Trump hailed the figures at the White House as evidence of a historic economic turnaround and predicted that growth would stay strong.

Many economists were more cautious. They expect growth to slow in the second half of the year as the effect of last year's tax cuts fades and trade tensions weigh on business investment.`,
    related: ["trump-juncker-trade-truce"],
  },

  // ---------------------------------------------------------------- technology
  {
    slug: "facebook-shares-record-drop",
    headline: "Facebook Loses About $119 Billion in Market Value in a Single Day",
    dek: "Slowing user growth and a warning about revenue send the shares down 19 percent, a record one-day loss for a US company.",
    section: "technology",
    authors: ["tomas-ferreira"],
    tags: ["Markets", "Big Tech"],
    status: "PUBLISHED",
    publishedAt: "2018-07-26T21:00:00Z",
    updatedAt: "2018-07-27T09:15:00Z",
    dateline: "SAN FRANCISCO",
    hero: {
      alt: "Abstract illustration of blue waves sloping downward for a story on Facebook's share price fall",
      caption: "Facebook's shares closed at $176.26 on Thursday.",
      credit: "Byline illustration",
      colors: ["#1877f2", "#0b1d3a"],
      motif: "waves",
    },
    body: `Facebook's shares fell 19 percent on Thursday, wiping about $119 billion off the company's stock market value in the biggest one-day loss of its kind in US history.

The slide followed quarterly results released late on Wednesday that showed revenue and user numbers below Wall Street's expectations. Daily users in Europe fell slightly, to 279 million, which the company partly attributed to the new European privacy rules that took effect in May.

What worried investors most was a warning from chief financial officer David Wehner that revenue growth would keep slowing for the rest of the year, while spending on safety, security and content review would rise sharply.

The company has been under pressure since March, when it emerged that data on tens of millions of users had been obtained by the political consulting firm Cambridge Analytica.

{{related:google-android-eu-fine}}

The fall cut roughly $16 billion from the personal fortune of chief executive Mark Zuckerberg. Even so, the shares were still trading above their level of a year earlier, and some analysts said the sell-off was overdone.`,
    related: ["google-android-eu-fine", "us-economy-grows-4-percent"],
    corrections: [
      {
        text: "An earlier version of this story misstated the number of daily users Facebook reported in Europe. It was 279 million, not 297 million.",
        correctedAt: "2018-07-27T09:15:00Z",
      },
    ],
  },
  {
    slug: "google-android-eu-fine",
    headline: "EU Fines Google a Record 4.34 Billion Euros Over Android",
    dek: "Brussels says the company used its mobile operating system to entrench its search engine, and orders it to change its practices within 90 days.",
    section: "technology",
    authors: ["tomas-ferreira", "agence-france-presse"],
    tags: ["Europe", "Big Tech"],
    status: "PUBLISHED",
    publishedAt: "2018-07-18T14:00:00Z",
    dateline: "BRUSSELS",
    hero: {
      alt: "Abstract illustration of a green and yellow grid for a story on the EU's Android decision",
      caption: "It is the largest antitrust fine the European Commission has imposed.",
      credit: "Byline illustration",
      colors: ["#0b6e4f", "#f2c14e"],
      motif: "grid",
    },
    body: `The European Commission fined Google 4.34 billion euros, about $5 billion, on Wednesday for abusing the dominance of its Android mobile operating system, the largest penalty it has ever imposed in a competition case.

Competition Commissioner Margrethe Vestager said Google had used Android to cement the position of its search engine. The Commission objected to three practices:

- requiring phone makers to pre-install the Google Search app and the Chrome browser as a condition of licensing its Play app store;
- paying some manufacturers and mobile operators to pre-install Google Search and nothing else;
- preventing manufacturers that wanted Google's apps from selling any devices that ran rival, modified versions of Android.

Google has 90 days to stop the conduct or face further penalties of up to 5 percent of the average daily worldwide revenue of its parent company, Alphabet.

Google said it would appeal. Its chief executive, Sundar Pichai, argued that Android had given consumers and phone makers more choice, not less.

The decision is the second large fine against Google in just over a year. In June 2017 the Commission fined it 2.42 billion euros for favouring its own comparison shopping service in search results.`,
    related: ["facebook-shares-record-drop"],
  },
  {
    slug: "microsoft-phishing-midterm-candidates",
    headline: "Microsoft Says It Blocked Russian Phishing Attempts Aimed at Midterm Candidates",
    dek: "A company executive tells a security conference that three candidates for Congress were targeted this year.",
    section: "technology",
    authors: ["tomas-ferreira", "owen-maddox"],
    tags: ["Cybersecurity", "Elections", "Russia"],
    status: "PUBLISHED",
    publishedAt: "2018-07-20T15:00:00Z",
    dateline: "ASPEN, Colo.",
    hero: {
      alt: "Abstract illustration of a purple and cyan grid for a story on phishing attacks against political candidates",
      caption: "Microsoft said it took down a fake web domain used in the attacks.",
      credit: "Byline illustration",
      colors: ["#3c096c", "#00b4d8"],
      motif: "grid",
    },
    body: `Microsoft detected and helped block attempts this year to steal the login details of at least three candidates running for Congress in November, a company executive said on Thursday.

Tom Burt, Microsoft's vice president for customer security and trust, told the Aspen Security Forum that the attackers had set up a fake website designed to look like a Microsoft page and sent phishing emails to staff. He declined to name the candidates.

Burt said the activity was linked to a hacking group that security researchers associate with Russia's military intelligence service, the same agency whose officers were indicted last week over the 2016 hacks of the Democratic Party.

{{related:mueller-indicts-russian-intelligence-officers}}

The company worked with the government to take down the domain, Burt said, and there was no sign that any of the targets had been compromised.

Intelligence officials at the same conference warned that Russian efforts to interfere in American politics were continuing. The director of national intelligence, Dan Coats, said last week that the warning lights were *blinking red*.`,
    related: ["mueller-indicts-russian-intelligence-officers", "white-house-invites-putin-to-washington"],
  },

  // ---------------------------------------------------------------- science
  {
    slug: "liquid-water-lake-mars",
    headline: "Radar Finds Signs of a Lake of Liquid Water Beneath Mars's South Pole",
    dek: "Italian scientists say a buried body of salty water about 20 kilometres across lies under the polar ice.",
    section: "science",
    authors: ["priya-natarajan"],
    tags: ["Space"],
    status: "PUBLISHED",
    publishedAt: "2018-07-25T17:00:00Z",
    dateline: "LONDON",
    hero: {
      alt: "Abstract illustration of concentric rust-red and ice-blue circles for a story on water beneath Mars's polar ice",
      caption: "The signal came from about 1.5 kilometres below the surface of the ice.",
      credit: "Byline illustration",
      colors: ["#9d0208", "#caf0f8"],
      motif: "circles",
    },
    body: `Scientists have found evidence of a lake of liquid water buried beneath the ice at the south pole of Mars, the first time a stable body of liquid water has been detected on the planet.

The team, led by Roberto Orosei of Italy's National Institute for Astrophysics, used a radar instrument called MARSIS on the European Space Agency's [Mars Express](https://www.esa.int/) orbiter. Between 2012 and 2015 it repeatedly sent radio pulses through a region of the southern ice cap and recorded how they bounced back.

One area about 20 kilometres wide, some 1.5 kilometres under the ice, reflected the signal far more strongly than its surroundings, in a way the researchers say is best explained by liquid water. The results were published on Wednesday in the journal *Science*.

The water is likely to be extremely cold and very salty. Dissolved salts would keep it from freezing at the low temperatures found at the base of the ice.

Other scientists called the finding exciting but said it needed to be confirmed with more observations. If the lake is real, it would be a place to search for signs of microbial life, although nothing in the data says that any exists.`,
    related: ["longest-lunar-eclipse-century"],
  },
  {
    slug: "longest-lunar-eclipse-century",
    headline: "Longest Total Lunar Eclipse of the Century Turns the Moon Red",
    dek: "Skywatchers across Africa, Asia, Europe and Australia see more than an hour and 40 minutes of totality, with Mars shining nearby.",
    section: "science",
    authors: ["priya-natarajan"],
    tags: ["Space"],
    status: "PUBLISHED",
    publishedAt: "2018-07-27T22:00:00Z",
    dateline: "LONDON",
    hero: {
      alt: "Abstract illustration of a deep red circle fading into black for a story on a total lunar eclipse",
      caption: "During totality the moon takes on a coppery colour from sunlight bent through Earth's atmosphere.",
      credit: "Byline illustration",
      colors: ["#370617", "#e85d04"],
      motif: "circles",
    },
    body: `The moon passed through the centre of Earth's shadow on Friday, producing the longest total lunar eclipse of the 21st century. The total phase lasted 1 hour and 43 minutes.

During a total eclipse the moon does not vanish. Sunlight bent and filtered through Earth's atmosphere lights it with a dull red glow, which is why such eclipses are sometimes called a *blood moon*.

The eclipse could be seen from much of Africa, the Middle East, Asia, Europe and Australia, although clouds spoiled the view in some places. It was not visible from North America.

Mars added to the show. The planet reached opposition on the same day, lying directly opposite the sun in the sky and shining brighter than it has since 2003. It will make its closest approach to Earth on July 31.

The next total lunar eclipse, in January 2019, will be visible from the Americas, but will be much shorter.`,
    related: ["liquid-water-lake-mars"],
  },
  {
    slug: "japan-record-heat-wave",
    headline: "Japan Records Its Highest Temperature Ever as Deadly Heat Wave Grips the Country",
    dek: "The city of Kumagaya reaches 41.1 degrees Celsius, and thousands are taken to hospital with heatstroke.",
    section: "science",
    authors: ["agence-france-presse"],
    tags: ["Climate", "Asia"],
    status: "PUBLISHED",
    publishedAt: "2018-07-23T09:00:00Z",
    dateline: "TOKYO",
    hero: {
      alt: "Abstract illustration of wavy red and yellow bands for a story on a heat wave in Japan",
      caption: "Officials urged people to stay indoors and drink plenty of water.",
      credit: "Byline illustration",
      colors: ["#d00000", "#ffba08"],
      motif: "waves",
    },
    sourceName: "Agence France-Presse",
    sourceUrl: "https://www.afp.com/",
    body: `Japan recorded its highest temperature ever on Monday, 41.1 degrees Celsius in the city of Kumagaya north of Tokyo, as a prolonged heat wave continued to take lives across the country.

The Japan Meteorological Agency said the reading beat the previous national record of 41.0 degrees, set in 2013. For the first time, a temperature above 40 degrees was also measured within the Tokyo metropolitan area, in the city of Ome.

Government figures showed that tens of thousands of people had been taken to hospital with heatstroke since the hot spell began earlier this month, and that dozens had died. Many of the victims were elderly.

The heat has been especially hard on western Japan, where survivors of catastrophic floods and landslides earlier in July are still living in evacuation shelters, and where volunteers clearing mud have been warned to take frequent breaks.

Forecasters said the hot weather would last into August. Scientists note that heat waves of this intensity are becoming more frequent as the climate warms.`,
    related: ["greece-wildfires-mati"],
  },

  // ---------------------------------------------------------------- not public
  {
    slug: "mars-closest-approach-viewing-guide",
    headline: "How to See Mars at Its Closest in 15 Years",
    dek: "The red planet is at its brightest this week. Here is where and when to look.",
    section: "science",
    authors: ["priya-natarajan"],
    tags: ["Space"],
    status: "DRAFT",
    publishedAt: "2018-07-27T15:00:00Z",
    dateline: "LONDON",
    hero: {
      alt: "Abstract illustration of an orange circle on a dark blue field for a guide to viewing Mars",
      caption: "Mars rises in the southeast after sunset.",
      credit: "Byline illustration",
      colors: ["#03045e", "#fb8500"],
      motif: "circles",
    },
    body: `Mars will make its closest approach to Earth since 2003 on July 31, coming within about 58 million kilometres of our planet.

No telescope is needed. Look toward the southeast after dark: Mars is the bright, steady, orange-red point of light low in the sky.

From the southern hemisphere it climbs higher and is easier to see. Binoculars will not show surface detail, but a small telescope may reveal the white polar cap.

A planet-wide dust storm has been hiding many of the darker markings on the surface since June, so views through a telescope may look blurrier than usual.`,
    related: ["longest-lunar-eclipse-century"],
  },
  {
    slug: "zimbabwe-election-preview",
    headline: "Zimbabwe Votes in Its First Election Without Mugabe",
    dek: "President Emmerson Mnangagwa faces Nelson Chamisa in a contest that will test promises of a fresh start.",
    section: "world",
    authors: ["leila-haddad"],
    tags: ["Elections"],
    status: "IN_REVIEW",
    publishedAt: "2018-07-27T18:00:00Z",
    dateline: "HARARE",
    hero: {
      alt: "Abstract illustration of green, yellow and red stripes for a story on Zimbabwe's election",
      caption: "Polls open on Monday.",
      credit: "Byline illustration",
      colors: ["#006400", "#ffd200"],
      motif: "stripes",
    },
    body: `Zimbabweans go to the polls on Monday in the first general election since Robert Mugabe was forced from power in November after 37 years.

The main contest is between President Emmerson Mnangagwa, Mugabe's former deputy, who leads the governing ZANU-PF party, and Nelson Chamisa, the 40-year-old leader of the opposition Movement for Democratic Change.

Mnangagwa has promised a free and fair vote and invited Western observers for the first time in years. The opposition says the voters' roll and the printing of ballot papers have not been handled transparently.

If no candidate wins more than half the vote, a run-off will be held in September.`,
    related: ["imran-khan-claims-victory-pakistan"],
  },
  {
    slug: "eu-us-trade-talks-explainer",
    headline: "Explainer: What Comes Next in the EU-US Trade Talks",
    dek: "A truce is in place. Here is what negotiators will have to settle, and what could still go wrong.",
    section: "business",
    authors: ["hannah-lindqvist"],
    tags: ["Trade", "Europe"],
    status: "SCHEDULED",
    // Placeholder only: the seed publishes this story scheduledInDays from now.
    publishedAt: "2018-07-31T08:00:00Z",
    scheduledInDays: 3,
    dateline: "BRUSSELS",
    hero: {
      alt: "Abstract illustration of a blue and gold grid for an explainer on trade negotiations",
      caption: "Negotiators on both sides have yet to agree on a timetable.",
      credit: "Byline illustration",
      colors: ["#023047", "#ffb703"],
      motif: "grid",
    },
    body: `The agreement reached at the White House between Donald Trump and Jean-Claude Juncker was a statement of intent rather than a trade deal. Turning it into one will take months at least.

## What was agreed

Both sides said they would work toward removing tariffs and subsidies on industrial goods other than cars, and would not impose new tariffs while the talks went on.

{{related:trump-juncker-trade-truce}}

## What is still open

The US tariffs on European steel and aluminium, and the EU's retaliatory duties on goods such as bourbon and motorcycles, remain in force. Agriculture is another sticking point: France in particular has said it will not reopen farm trade.

## What could go wrong

Any trade agreement would need the approval of EU member states and the European Parliament. And if Washington decides the talks are not moving fast enough, the threat of tariffs on European cars could return.`,
    related: ["trump-juncker-trade-truce", "us-economy-grows-4-percent"],
  },
];
