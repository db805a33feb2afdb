"""Public views of the concept beside its Wagtail pages: search, schools, implementation overview, tags, PDF."""
