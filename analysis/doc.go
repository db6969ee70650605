// Package analysis turns coded events and standing relations into the
// evolution of relations between actors: dyad series with a relation index,
// turning points, signed networks, structural balance and blocs.
//
// It works on plain inputs (entente.Event, entente.Relation) and on Cells,
// per-dyad-per-period aggregates that a store can keep; the network, balance
// and blocs need only cells, never raw events.
//
// # Actors
//
// RollUp maps actor codes to nodes. A code rolls up to its country only
// through the state: when it starts with a country code and its first role is
// GOV, MIL, COP, SPY, JUD or LEG (and no later role is REB, INS, SEP, OPP,
// UAF or CRM). Everything else is its own node, code unchanged: rebels
// (AFGREB), insurgents, opposition, civilians, business, elites, and every
// code without a country in front (IGOUNO, IMGMUSISI, NGO...). So events
// between the Taliban (AFGREB) and Pakistan's army (PAKMIL) are AFGREB–PAK
// events, never AFG–PAK ones. Events whose two actors roll up to the same node
// are domestic and count only in the period totals.
//
// # Classes and schemes
//
// Every event falls into one of five classes: statements and appeals (CAMEO
// roots 01–02, shown apart), verbal cooperation, material cooperation, verbal
// conflict, material conflict. The grouping of the other roots follows the
// scheme, which every aggregate names: GDELT (03–05, 06–09, 10–14, 15–20),
// ICEWS (03–05, 06–08, 09–13, 14–20) or PLOVER (by PLOVER type: agree,
// consult, support, concede; cooperate, aid, retreat; request, accuse,
// reject, threaten; protest, sanction, mobilize, coerce, assault; this
// grouping is entente's). Cooperation is classes 1–2, conflict 3–4; a
// statement pulls the way of its Goldstein sign (neither when 0).
//
// # The relation index
//
// Each event e has a weight
//
//	w(e) = modality(e) × (historical(e) ? h : 1)
//
// with modality weights asserted 1, alleged 0.5, intended 0.5, hypothetical
// 0.25, question 0.25, negated 0, and h = 0.5: background mentions count in
// their own period (the date of the event, not of the article), with half the
// weight of contemporary reports. Its pull is w(e)·κ(class) with κ = 0.5 for
// statements, 1 for verbal and 2 for material classes.
//
// Sources vote, not mentions. Within a dyad and period, a source s (an
// article by default) with cooperative pull C_s and conflictual pull K_s
// casts one vote
//
//	d_s = m_s · (C_s − K_s) / (C_s + K_s),   t_s = m_s = max w(e) over its events
//
// so an article that repeats a story ten times counts once, and one that only
// alleges counts half. Cells are directed by default (a source votes once per
// direction); with Options.Undirected, as reports on both ways and networks
// use, a source votes once per unordered dyad. Several reports of one event
// (the same Event.ID in several articles, added one after the other) count
// once in the event counts but vote once per source. A cell keeps D = Σ d_s, T = Σ t_s and the second
// moments Σd², Σt², Σdt. The index of any set of cells is
//
//	I = (D + k·c) / (T + k),   in [−1, 1]
//
// with prior mass k = 1 at centre c. It is a ratio of cooperation to
// conflict: doubling the coverage with the same mix of reports leaves it
// where it was. The dyad's baseline is the index of all its cells with c = 0;
// each period's index is shrunk toward that baseline (c = baseline), so a
// period with a single report moves the series only part of the way, and a
// period whose mix matches the dyad's usual mix stays at the baseline however
// many reports it has. The anomaly is the period index minus the baseline.
// Counts per class and root and the Goldstein sum and mean (w-weighted) go
// with every point, also divided by the period's total volume of events
// (every dyad and domestic events included).
//
// # Standing relations
//
// Relation assertions ("X's closest ally", "archenemies") form a second layer
// in each cell, built the same way: per article, a vote sign·strength
// (strength 1 when not given; historical ones × h) with mass the largest
// strength. A symmetric relation is kept under the dyad in lexical order and
// counts for both directions, in the period of its date (the date of the
// period it is said to hold in, so a Cold War enmity counts in the Cold War,
// with the historical weight h). The two layers stay apart in every series
// point (the event index, and the standing score: I with c = 0), and are
// combined in a documented way, in series and networks alike:
//
//	combined = (D + λ·D_r + k·c) / (T + λ·T_r + k),   λ = 2
//
// one article's statement of a standing relation weighs as two event votes,
// because it summarises the relation rather than reports one act. In a
// series, c is the combined baseline (the combined index of all the dyad's
// cells with c = 0) and each point's evidence is T + λ·T_r; in a network c
// = 0. A series runs from the period of the dyad's earliest dated event or
// relation to that of its latest, leaving out the periods with neither.
//
// # Series from rollups
//
// RollupReport builds a dyad's series from a store's per-day rollup
// (DayRollupReader: events per pair of codes, day, root, QuadClass and
// modality) instead of its reports, so that its cost follows the dyad's days
// rather than its articles. The rollup counts events, not articles, so each
// event is taken as one source's vote (d = w·sign, t = w, which is the vote
// of an article reporting only that event); historical events weigh as
// contemporary ones; a statement pulls the way of its day's Goldstein sum;
// under PLOVER other events are classed by QuadClass. Counts, Goldstein sums
// and standing relations are exact. Such a series carries the label
// Series.Approximation; BuildReport keeps the computation over reports, with
// its key events and drivers.
//
// # The network
//
// For a window [From, To) (BuildNetwork), cells whose period overlaps it are
// merged per unordered dyad and each edge is the combined index with c = 0.
// An edge needs MinSources votes (default 2, counting both layers;
// NetworkOptions.TotalSources lowers it to the number of sources in the
// window, so a single article can be analysed).
//
// Its confidence has two sources of doubt. The sources may disagree: a
// bootstrap over sources draws B = 200 replicates of the resampled sums
// X = D + λ·D_r and Y = T + λ·T_r from their normal approximation (mean the
// observed sums, covariance n times the sources' covariance, from the kept
// second moments). And the evidence may be thin: given the sums, the share
// of cooperation p among the cooperative and conflictual masses
// C, K = (Y ± X)/2 has the posterior Beta(C + k/2, K + k/2), under which
// 2p − 1 has mean X/(Y + k), the edge's index, and variance
// (1 − I²)/(Y + k + 1); each replicate adds a draw from its normal
// approximation (clamped to [−1, 1]). Confidence is the share of replicates
// whose index has the edge's sign, and Low and High their 5th and 95th
// percentiles. A single source's vote thus gets an honest confidence (one
// asserted article with one cooperative act: I = 0.5, confidence about
// 0.84) instead of the certainty a bootstrap over one source would give.
//
// # The network at a date
//
// The network at date t (NetworkAt, the commands' --at) is the network of a
// trailing window: it ends with the period (of the cells' unit) that holds
// t and starts M months earlier (M = 12 by default). Events in it count
// with a weight that halves every H months (H = 6 by default): each
// period's event votes, sums and second moments alike, are scaled by
// 2^(−a/H), where a is the time from the end of the period to the end of
// the window (so t's own period counts fully, a year-old one a quarter).
// Standing relations count when they are stated for a period inside the
// window, at full weight, since they state a lasting relation rather than
// report an act; a historical one holds only in its own period (a Cold War
// alliance does not sign a tie in 2018). Lasting acts are the exception on
// the event side: sanctions, an embargo or a boycott (163), a cut or break
// of diplomatic relations (161) and a cut of aid (162) put a state in place
// that lasts until the same source reverses it toward the same target
// (sanctions eased, 080, 081 and 085; relations restored, recognition or
// an agreement, 050, 054 and 057; aid given, 07). One imposed before the window and not reversed before its
// end is still in force at t, and counts as a standing conflict vote of
// its article in t's period (InForce; the network's in_force says how many
// did). BuildNetwork keeps the explicit
// window [From, To) without decay, for --from and --to.
// BuildNetworkAt does the whole computation from events and relations
// (aggregation into undirected cells, then NetworkAt), so that the
// commands, the web server and the acceptance checks build the same network.
//
// # Structural balance
//
// A triad is classifiable when its three nodes are all tied; it is balanced
// when the product of the three signs is positive. Classifiable is the share
// of connected triples (two or three ties) that are triads. The frustration
// index is the least number of ties that disagree with a split of the nodes
// into two camps (positive ties across, negative ties within). It is
// NP-hard: components of up to ExactLimit = 20 nodes are solved exactly by
// enumerating all 2^(n−1) splits in Gray-code order; larger components use a
// local search (single-node flips until none lowers the count, from a
// spanning-tree start and 19 random starts), an upper bound which is at most
// half the ties of the component (at a local optimum no node has more than
// half its ties frustrated); the lower bound then counts a greedy packing of
// edge-disjoint unbalanced triads, each of which needs a frustrated tie of its
// own.
//
// # Blocs
//
// Blocs maximise the signed modularity of Gómez, Jensen and Arenas (2009),
//
//	Q = 1/(2w⁺+2w⁻) Σ_ij [w_ij − γ(w⁺_i w⁺_j / 2w⁺ − w⁻_i w⁻_j / 2w⁻)] δ(c_i, c_j)
//
// where positive and negative ties keep separate null models, with the
// Louvain method (local moving, then aggregation of blocs into nodes, until
// nothing moves), written here because gonum's community detection takes
// non-negative weights only. Edge weights are the edge indexes.
//
// # Turning points
//
// TurningPoints segments a series' index by optimal partitioning: it
// minimises Σ_segments Σ_p v_p (I_p − mean_segment)² + β per segment, with
// evidence weights v_p = T_p + k and β = c·σ²·v̄·ln n (c = 2, σ estimated from
// the median absolute first difference, at least 0.1), segments of at least
// two points (one in series shorter than eight points), and keeps changes
// of level of at least 0.2. It segments the combined index (evidence
// weights v_p = T_p + λ·T_r,p + k), so that a standing relation stated for
// its own period (enemies in the Cold War) sets a level as events do;
// ChangeOptions.Measure selects the event index alone instead. BuildReport
// attaches to each turning point the events of its first period that
// pulled the way the index moved, and the relation assertions that drove
// it: those of its first period that pull the same way and those of the
// period before that pulled against it.
package analysis
