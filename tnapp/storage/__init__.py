"""Opening databases (SQLite or PostgreSQL) and keeping their schema at head."""
