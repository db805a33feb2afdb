"""General page types and site settings of the host site."""
