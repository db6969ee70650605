package place

// countryAliases are English names of countries that GeoNames' country table
// does not use.
var countryAliases = map[string]string{
	"US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "America": "US",
	"United States of America": "US",
	"UK":                       "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
	"Russian Federation": "RU", "Burma": "MM", "Czech Republic": "CZ",
	"Holland": "NL", "UAE": "AE", "DPRK": "KP",
	"Republic of Korea": "KR", "Cote d'Ivoire": "CI", "Swaziland": "SZ",
	"East Timor": "TL", "Vatican": "VA", "Macedonia": "MK",
	"DRC": "CD", "DR Congo": "CD", "Palestinian Territories": "PS", "Gaza": "PS",
	"West Bank": "PS", "Turkiye": "TR",
}

// sharedAliases are names two countries go by in the news ("Congo" for
// either Congo): a place of that name is the one the article's and the
// event's actors are of.
var sharedAliases = map[string][]string{"Congo": {"CD", "CG"}}

// landmark is a seat of power or a site that the news names for a place.
type landmark struct {
	Entry
	names []string
}

// landmarks are coordinates of common knowledge.
var landmarks = []landmark{
	{Entry{Name: "Kremlin", Country: "RU", Lat: 55.752, Lon: 37.617, Feature: "LANDMARK"}, []string{"Kremlin"}},
	{Entry{Name: "Red Square", Country: "RU", Lat: 55.754, Lon: 37.620, Feature: "LANDMARK"}, []string{"Red Square"}},
	{Entry{Name: "White House", Country: "US", Lat: 38.898, Lon: -77.037, Feature: "LANDMARK"}, []string{"White House"}},
	{Entry{Name: "Pentagon", Country: "US", Lat: 38.871, Lon: -77.056, Feature: "LANDMARK"}, []string{"Pentagon"}},
	{Entry{Name: "Capitol Hill", Country: "US", Lat: 38.890, Lon: -77.009, Feature: "LANDMARK"}, []string{"Capitol Hill"}},
	{Entry{Name: "Downing Street", Country: "GB", Lat: 51.503, Lon: -0.128, Feature: "LANDMARK"}, []string{"Downing Street"}},
	{Entry{Name: "Elysee Palace", Country: "FR", Lat: 48.870, Lon: 2.317, Feature: "LANDMARK"}, []string{"Elysee Palace", "Élysée Palace", "Elysee"}},
	{Entry{Name: "Zhongnanhai", Country: "CN", Lat: 39.914, Lon: 116.383, Feature: "LANDMARK"}, []string{"Zhongnanhai"}},
	{Entry{Name: "Great Hall of the People", Country: "CN", Lat: 39.903, Lon: 116.387, Feature: "LANDMARK"}, []string{"Great Hall of the People"}},
	{Entry{Name: "Blue House", Country: "KR", Lat: 37.587, Lon: 126.977, Feature: "LANDMARK"}, []string{"Blue House"}},
	{Entry{Name: "Khyber Pass", Country: "PK", Lat: 34.100, Lon: 71.150, Feature: "LANDMARK"}, []string{"Khyber Pass"}},
	{Entry{Name: "Line of Control", Country: "IN", Lat: 34.0, Lon: 74.5, Feature: "LANDMARK"}, []string{"Line of Control"}},
}

// notPlaces are names of continents, seas and compass regions, and the
// months and weekdays: GeoNames has towns of these names, but the news
// means the area, which the gazetteer cannot place, or the date. They are
// recognised so that no town is taken for them.
var notPlaces = map[string]bool{
	"asia": true, "europe": true, "africa": true, "oceania": true, "antarctica": true,
	"central asia": true, "south asia": true, "east asia": true, "southeast asia": true,
	"middle east": true, "near east": true, "far east": true, "latin america": true,
	"south america": true, "north america": true, "central america": true,
	"caucasus": true, "balkans": true, "gulf": true, "persian gulf": true,
	"arabian sea": true, "indian ocean": true, "pacific": true, "atlantic": true,
	"mediterranean": true, "north": true, "south": true, "east": true, "west": true,
	"central": true, "sahel": true, "maghreb": true, "levant": true, "scandinavia": true,
	// the months and weekdays: "recalled its ambassador in March" is
	// no report from March, Cambridgeshire
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true,
}
