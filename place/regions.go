package place

import (
	"math"
	"strings"

	"entente/internal/clause"
)

// First-order regions (provinces, states, oblasts, governorates).
//
// The shared GeoNames extract holds populated places and countries only; it
// has no ADM1 features and no names for the admin1 codes its places carry.
// The regions are therefore built from the places: every (country, admin1
// code) pair of the table becomes a region entry whose coordinates are the
// population-weighted centre of its places and whose population is their sum.
// A region is named in two ways:
//
//   - by the pattern "<place> province" (or region, state, oblast,
//     governorate, prefecture, territory), or "the province of <place>":
//     the region is the admin1 unit holding the place, as in "Kandahar
//     province" or "Donetsk region", where the province is named after its
//     seat;
//   - by a name of its own in regionNames below, which ties the name to one
//     town inside the region ("Balochistan" holds Quetta): the region is the
//     admin1 unit holding that town.

// regionName is a region whose name differs from its towns': the region is
// the admin1 unit of the country that holds the town.
type regionName struct {
	names   []string
	country string // ISO alpha-2
	town    string // a town of at least 15,000 people inside the region
}

// regionNames are first-order regions common in the news whose names are not
// those of a town. The town is only a key to the region's admin1 code; the
// pairs are facts of common knowledge.
var regionNames = []regionName{
	// South and Central Asia.
	{[]string{"Balochistan", "Baluchistan"}, "PK", "Quetta"},
	{[]string{"Khyber Pakhtunkhwa"}, "PK", "Peshawar"},
	{[]string{"Sindh"}, "PK", "Karachi"},
	{[]string{"Punjab"}, "PK", "Lahore"},
	{[]string{"Punjab"}, "IN", "Amritsar"},
	{[]string{"Gilgit-Baltistan"}, "PK", "Gilgit"},
	{[]string{"Azad Kashmir"}, "PK", "Muzaffarabad"},
	{[]string{"Jammu and Kashmir"}, "IN", "Srinagar"},
	{[]string{"Uttar Pradesh"}, "IN", "Lucknow"},
	{[]string{"Maharashtra"}, "IN", "Mumbai"},
	{[]string{"Gujarat"}, "IN", "Ahmedabad"},
	{[]string{"Assam"}, "IN", "Guwahati"},
	{[]string{"Tamil Nadu"}, "IN", "Chennai"},
	{[]string{"West Bengal"}, "IN", "Kolkata"},
	{[]string{"Bihar"}, "IN", "Patna"},
	{[]string{"Rajasthan"}, "IN", "Jaipur"},
	{[]string{"Karnataka"}, "IN", "Bengaluru"},
	{[]string{"Manipur"}, "IN", "Imphal"},
	{[]string{"Helmand"}, "AF", "Lashkar Gah"},
	{[]string{"Nangarhar"}, "AF", "Jalalabad"},
	{[]string{"Paktia", "Paktiya"}, "AF", "Gardez"},
	{[]string{"Kunar"}, "AF", "Asadabad"},
	{[]string{"Balkh"}, "AF", "Mazar-e Sharif"},
	// Russia, Ukraine, the Caucasus, Moldova.
	{[]string{"Chechnya"}, "RU", "Grozny"},
	{[]string{"Dagestan"}, "RU", "Makhachkala"},
	{[]string{"Tatarstan"}, "RU", "Kazan"},
	{[]string{"Crimea"}, "UA", "Simferopol"},
	// Russian oblasts named after a city that GeoNames names otherwise
	// (Leningrad is St Petersburg, a region of its own)
	{[]string{"Leningrad region", "Leningrad Oblast"}, "RU", "Gatchina"},
	{[]string{"Moscow region", "Moscow Oblast"}, "RU", "Podolsk"},
	{[]string{"Abkhazia"}, "GE", "Sokhumi"},
	{[]string{"Transnistria"}, "MD", "Tiraspol"},
	// China and East Asia.
	{[]string{"Xinjiang"}, "CN", "Urumqi"},
	{[]string{"Tibet"}, "CN", "Lhasa"},
	{[]string{"Sichuan"}, "CN", "Chengdu"},
	{[]string{"Guangdong"}, "CN", "Guangzhou"},
	{[]string{"Yunnan"}, "CN", "Kunming"},
	{[]string{"Hubei"}, "CN", "Wuhan"},
	{[]string{"Inner Mongolia"}, "CN", "Hohhot"},
	{[]string{"Okinawa"}, "JP", "Naha"},
	{[]string{"Hokkaido"}, "JP", "Sapporo"},
	{[]string{"Rakhine"}, "MM", "Sittwe"},
	{[]string{"Kachin"}, "MM", "Myitkyina"},
	{[]string{"Shan State"}, "MM", "Taunggyi"},
	{[]string{"Aceh"}, "ID", "Banda Aceh"},
	{[]string{"Papua"}, "ID", "Jayapura"},
	// The Middle East and Africa.
	{[]string{"Anbar"}, "IQ", "Ramadi"},
	{[]string{"Nineveh", "Ninawa"}, "IQ", "Mosul"},
	{[]string{"Salahuddin", "Salah al-Din"}, "IQ", "Tikrit"},
	{[]string{"Diyala"}, "IQ", "Baqubah"},
	{[]string{"Khuzestan"}, "IR", "Ahvaz"},
	{[]string{"Sistan and Baluchestan"}, "IR", "Zahedan"},
	{[]string{"North Sinai"}, "EG", "Arish"},
	{[]string{"North Darfur"}, "SD", "El Fasher"},
	{[]string{"South Darfur"}, "SD", "Nyala"},
	{[]string{"Tigray"}, "ET", "Mekele"},
	{[]string{"Amhara"}, "ET", "Bahir Dar"},
	{[]string{"Borno"}, "NG", "Maiduguri"},
	{[]string{"North Kivu"}, "CD", "Goma"},
	{[]string{"Bay region", "Bay"}, "SO", "Baidoa"},
	{[]string{"Puntland"}, "SO", "Bosaso"},
	{[]string{"Jubaland"}, "SO", "Kismayo"},
	{[]string{"Upper Nile", "Upper Nile state"}, "SS", "Malakal"},
	{[]string{"Cabo Delgado", "Cabo Delgado province"}, "MZ", "Pemba"},
	{[]string{"Kurdistan region", "Iraqi Kurdistan"}, "IQ", "Erbil"},
	{[]string{"South Kivu"}, "CD", "Bukavu"},
	{[]string{"Ituri"}, "CD", "Bunia"},
	{[]string{"Zamfara"}, "NG", "Gusau"},
	{[]string{"Yobe"}, "NG", "Damaturu"},
	{[]string{"Adamawa"}, "NG", "Yola"},
	{[]string{"Benue"}, "NG", "Makurdi"},
	{[]string{"Plateau state"}, "NG", "Jos"},
	{[]string{"Rivers state"}, "NG", "Port Harcourt"},
	{[]string{"Bayelsa"}, "NG", "Yenagoa"},
	{[]string{"Taraba"}, "NG", "Jalingo"},
	{[]string{"Kebbi"}, "NG", "Birnin Kebbi"},
	{[]string{"Kogi"}, "NG", "Lokoja"},
	{[]string{"Imo"}, "NG", "Owerri"},
	{[]string{"Anambra"}, "NG", "Awka"},
	{[]string{"Hiraan"}, "SO", "Beledweyne"},
	{[]string{"Middle Shabelle"}, "SO", "Jowhar"},
	{[]string{"West Darfur"}, "SD", "Geneina"},
	{[]string{"South Kordofan"}, "SD", "Kadugli"},
	{[]string{"North Kordofan"}, "SD", "El Obeid"},
	{[]string{"Oromia"}, "ET", "Adama"},
	{[]string{"Far North region"}, "CM", "Maroua"},
	// The Americas.
	{[]string{"California"}, "US", "Los Angeles"},
	{[]string{"Texas"}, "US", "Houston"},
	{[]string{"Florida"}, "US", "Miami"},
	{[]string{"Alaska"}, "US", "Anchorage"},
	{[]string{"Hawaii"}, "US", "Honolulu"},
	{[]string{"Arizona"}, "US", "Phoenix"},
	{[]string{"Washington State"}, "US", "Seattle"},
	{[]string{"Ontario"}, "CA", "Toronto"},
	{[]string{"Alberta"}, "CA", "Calgary"},
	{[]string{"British Columbia"}, "CA", "Vancouver"},
	{[]string{"Sinaloa"}, "MX", "Culiacan"},
	{[]string{"Tamaulipas"}, "MX", "Reynosa"},
	{[]string{"Michoacan"}, "MX", "Morelia"},
	{[]string{"Antioquia"}, "CO", "Medellin"},
	{[]string{"Valle del Cauca", "Valle del Cauca province", "Valle del Cauca department"}, "CO", "Cali"},
	{[]string{"Cauca", "Cauca province", "Cauca department"}, "CO", "Popayan"},
	{[]string{"Zulia", "Zulia state"}, "VE", "Maracaibo"},
	// Europe and Oceania.
	{[]string{"Catalonia"}, "ES", "Barcelona"},
	{[]string{"Basque Country"}, "ES", "Bilbao"},
	{[]string{"Scotland"}, "GB", "Glasgow"},
	{[]string{"Wales"}, "GB", "Cardiff"},
	{[]string{"Northern Ireland"}, "GB", "Belfast"},
	{[]string{"Bavaria"}, "DE", "Munich"},
	{[]string{"Saxony"}, "DE", "Dresden"},
	{[]string{"Sicily"}, "IT", "Palermo"},
	{[]string{"Lombardy"}, "IT", "Milan"},
	{[]string{"Sardinia"}, "IT", "Cagliari"},
	{[]string{"Corsica"}, "FR", "Ajaccio"},
	{[]string{"Brittany"}, "FR", "Rennes"},
	{[]string{"Wallonia"}, "BE", "Liege"},
	{[]string{"New South Wales"}, "AU", "Sydney"},
	{[]string{"Queensland"}, "AU", "Brisbane"},
}

// regionWords follow a place's name to name the first-order region around it
// ("Kandahar province", "Donetsk region").
var regionWords = map[string]bool{
	"province": true, "region": true, "state": true, "oblast": true,
	"governorate": true, "prefecture": true, "territory": true,
}

// regionKey identifies an admin1 unit.
func regionKey(country, admin1 string) string { return country + "." + admin1 }

// buildRegions adds one entry for every admin1 unit of the table's places and
// indexes the names of regionNames. It runs once, at the end of Load.
func (g *Gazetteer) buildRegions() {
	type acc struct {
		x, y, z, w float64
		pop        int
		seat       int32 // the unit's most populous first-order seat, or place
		seatRank   int
	}
	units := map[string]*acc{}
	var order []string
	for k := range g.entries {
		e := &g.entries[k]
		if e.Admin1 == "" || e.Admin1 == "00" || e.Feature == "COUNTRY" || e.Feature == "LANDMARK" {
			continue
		}
		key := regionKey(e.Country, e.Admin1)
		a := units[key]
		if a == nil {
			a = &acc{seat: -1}
			units[key] = a
			order = append(order, key)
		}
		w := float64(e.Population)
		if w <= 0 {
			w = 1
		}
		la, lo := e.Lat*math.Pi/180, e.Lon*math.Pi/180
		a.x += w * math.Cos(la) * math.Cos(lo)
		a.y += w * math.Cos(la) * math.Sin(lo)
		a.z += w * math.Sin(la)
		a.w += w
		a.pop += e.Population
		r := 0
		switch e.Feature {
		case "PPLA", "PPLC":
			r = 1
		}
		if a.seat < 0 || r > a.seatRank || r == a.seatRank && e.Population > g.entries[a.seat].Population {
			a.seat, a.seatRank = int32(k), r
		}
	}
	g.regions = make(map[string]int32, len(order))
	for _, key := range order {
		a := units[key]
		seat := g.entries[a.seat]
		lat := math.Atan2(a.z, math.Hypot(a.x, a.y)) * 180 / math.Pi
		lon := math.Atan2(a.y, a.x) * 180 / math.Pi
		g.regions[key] = g.add(Entry{Name: seat.Name, Country: seat.Country, Admin1: seat.Admin1,
			Lat: round3(lat), Lon: round3(lon), Population: a.pop, Feature: "ADM1"})
	}
	for _, r := range regionNames {
		k, ok := g.regionOfTown(r.town, r.country)
		if !ok {
			continue
		}
		g.entries[k].Name = r.names[0]
		for _, n := range r.names {
			g.index(n, k)
		}
	}
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

// regionOfTown returns the region entry of the admin1 unit that holds the
// most populous town of the given name in the country.
func (g *Gazetteer) regionOfTown(town, country string) (int32, bool) {
	best := int32(-1)
	for _, k := range g.byName[clause.Fold(town)] {
		e := &g.entries[k]
		if e.Country != country || e.Admin1 == "" || e.Feature == "ADM1" || e.Feature == "COUNTRY" {
			continue
		}
		if best < 0 || e.Population > g.entries[best].Population {
			best = k
		}
	}
	if best < 0 {
		return 0, false
	}
	k, ok := g.regions[regionKey(country, g.entries[best].Admin1)]
	return k, ok
}

// Region returns the first-order region that holds a place entry (a town or
// a region itself), and false for countries, landmarks and places without an
// admin1 code.
func (g *Gazetteer) Region(e Entry) (Entry, bool) {
	if e.Feature == "ADM1" {
		return e, true
	}
	if e.Admin1 == "" || e.Feature == "COUNTRY" || e.Feature == "LANDMARK" {
		return Entry{}, false
	}
	k, ok := g.regions[regionKey(e.Country, e.Admin1)]
	if !ok {
		return Entry{}, false
	}
	return g.entries[k], true
}

// withRegion returns those of the entries ks that lie in a first-order
// region (towns with an admin1 code, and regions themselves), or nil.
func (g *Gazetteer) withRegion(ks []int32) []int32 {
	var out []int32
	for _, k := range ks {
		if _, ok := g.Region(g.entries[k]); ok {
			out = append(out, k)
		}
	}
	return out
}

// regionWordAt reports whether the token form f names a kind of first-order
// region ("province", "Oblast").
func regionWordAt(f string) bool { return regionWords[strings.ToLower(f)] }
