/**
 * Display names of publishers whose stories we carry, by web host. Anything
 * else is shown as its bare host, which is honest if not pretty.
 */
const PUBLISHERS: Record<string, string> = {
  "themoscowtimes.com": "The Moscow Times",
  "reuters.com": "Reuters",
  "apnews.com": "AP",
  "bbc.co.uk": "BBC",
  "bbc.com": "BBC",
  "nytimes.com": "The New York Times",
  "theguardian.com": "The Guardian",
  "washingtonpost.com": "The Washington Post",
  "aljazeera.com": "Al Jazeera",
  "afp.com": "AFP",
  "bloomberg.com": "Bloomberg",
  "cnn.com": "CNN",
  "npr.org": "NPR",
  "ft.com": "Financial Times",
  "wsj.com": "The Wall Street Journal",
  "economist.com": "The Economist",
  "politico.com": "Politico",
  "politico.eu": "Politico Europe",
  "dw.com": "DW",
  "france24.com": "France 24",
  "euronews.com": "Euronews",
  "latimes.com": "Los Angeles Times",
  "theatlantic.com": "The Atlantic",
  "axios.com": "Axios",
  "nbcnews.com": "NBC News",
  "cbsnews.com": "CBS News",
  "abcnews.go.com": "ABC News",
  "usatoday.com": "USA Today",
  "independent.co.uk": "The Independent",
  "telegraph.co.uk": "The Telegraph",
  "rferl.org": "RFE/RL",
  "meduza.io": "Meduza",
  "kyivindependent.com": "The Kyiv Independent",
};

/** "https://uk.reuters.com/…" → "Reuters"; unknown hosts → "example.org". */
export function sourceNameFor(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return "";
  }
  // Walk up the labels so regional and mobile subdomains match their publisher.
  for (let candidate = host; candidate.includes("."); candidate = candidate.slice(candidate.indexOf(".") + 1)) {
    const name = PUBLISHERS[candidate];
    if (name) return name;
  }
  return host.replace(/^www\./, "");
}
