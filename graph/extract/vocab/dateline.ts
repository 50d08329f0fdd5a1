// A news dateline names where a report was filed, not what it is about.

/** After a place: a news dateline's date ("Xinhua, Urumqi, June 5 --", "新华社武汉6月5日电"): the place reports, it is not reported on. */
export const DATELINE_AFTER_RE = /^(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\s*\d{1,2}月\d{1,2}日电)/;
