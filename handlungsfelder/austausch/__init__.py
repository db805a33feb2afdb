"""Moving a concept between installations: a documented package (JSON plus documents) and its import."""
