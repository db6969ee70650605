-- Schema version 3: a monthly rollup keyed by the exact actor codes, so that
-- series of actor codes (not only of countries) are read from a small table.

-- Exact-code dyads per month (months since January 1970), as country_month
-- is per country.
CREATE TABLE dyad_month (
	source    TEXT    NOT NULL,
	target    TEXT    NOT NULL,
	month     INTEGER NOT NULL,
	quad      INTEGER NOT NULL,
	modality  TEXT    NOT NULL,
	n         INTEGER NOT NULL,
	goldstein REAL    NOT NULL,
	PRIMARY KEY (source, target, month, quad, modality)
) WITHOUT ROWID;

INSERT INTO dyad_month (source, target, month, quad, modality, n, goldstein)
SELECT source, target,
	(CAST(strftime('%Y', day * 86400, 'unixepoch') AS INTEGER) - 1970) * 12
		+ CAST(strftime('%m', day * 86400, 'unixepoch') AS INTEGER) - 1,
	quad, modality, SUM(n), SUM(goldstein)
FROM dyad_day GROUP BY 1, 2, 3, 4, 5;
