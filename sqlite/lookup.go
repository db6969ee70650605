package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"entente"
)

// Event returns the stored event with the given store ID, read by its
// primary key, or an error wrapping entente.ErrNotFound.
func (s *DB) Event(ctx context.Context, storeID int64) (*entente.StoredEvent, error) {
	rows, err := s.query(ctx, `SELECT `+eventColumns+` FROM events e
		JOIN mentions m ON m.id = e.first_mention JOIN articles a ON a.id = m.article_id WHERE e.id = ?`, storeID)
	if err != nil {
		return nil, fmt.Errorf("event %d: %w", storeID, classify(err))
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("event %d: %w", storeID, classify(err))
		}
		return nil, fmt.Errorf("event %d: %w", storeID, entente.ErrNotFound)
	}
	var ev entente.StoredEvent
	if err := scanEvent(rows, &ev); err != nil {
		return nil, fmt.Errorf("event %d: %w", storeID, err)
	}
	return &ev, nil
}

const articleColumns = `a.key, a.source, a.publisher, a.publisher_country, a.language, a.url,
	a.title, a.published, a.date_source, a.content_hash, COALESCE(d.key, ''), a.dict_version, a.paragraphs, a.text`

// scanArticle reads a row of articleColumns into a.
func scanArticle(row interface{ Scan(...any) error }, a *entente.StoredArticle) error {
	var published sql.NullInt64
	var paras string
	if err := row.Scan(&a.ID, &a.Source, &a.Publisher, &a.PublisherCountry, &a.Language, &a.URL, &a.Title,
		&published, &a.DateSource, &a.ContentHash, &a.DuplicateOf, &a.DictVersion, &paras, &a.Text); err != nil {
		return err
	}
	a.ContentHash = storedHash(a.ContentHash)
	if published.Valid {
		a.Published = timeFromNanos(published.Int64)
	}
	if paras != "" {
		if err := json.Unmarshal([]byte(paras), &a.Paragraphs); err != nil {
			return fmt.Errorf("article %s: paragraphs: %w", a.ID, err)
		}
	}
	return nil
}

// Article returns the stored article keyed id, read through the key's
// unique index, or an error wrapping entente.ErrNotFound.
func (s *DB) Article(ctx context.Context, id string) (*entente.StoredArticle, error) {
	var a entente.StoredArticle
	err := scanArticle(s.db.QueryRowContext(ctx, `SELECT `+articleColumns+`
		FROM articles a LEFT JOIN articles d ON d.id = a.duplicate_of WHERE a.key = ?`, id), &a)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %q: %w", id, entente.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %q: %w", id, classify(err))
	}
	return &a, nil
}

// LatestArticles returns up to n articles, the most recently stored first,
// without their texts, read backwards along the primary key.
func (s *DB) LatestArticles(ctx context.Context, n int) ([]entente.StoredArticle, error) {
	rows, err := s.query(ctx, `SELECT `+articleColumns+`
		FROM articles a LEFT JOIN articles d ON d.id = a.duplicate_of ORDER BY a.id DESC LIMIT ?`, n)
	if err != nil {
		return nil, fmt.Errorf("latest articles: %w", classify(err))
	}
	defer rows.Close()
	var out []entente.StoredArticle
	for rows.Next() {
		var a entente.StoredArticle
		if err := scanArticle(rows, &a); err != nil {
			return nil, fmt.Errorf("latest articles: %w", classify(err))
		}
		a.Text = ""
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("latest articles: %w", classify(err))
	}
	return out, nil
}
