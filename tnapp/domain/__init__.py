"""Domain rules and vocabularies: pure Python, no database session, no Qt."""
