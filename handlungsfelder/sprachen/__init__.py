"""German and English: fallback routing, language versions, the out-of-date rule, wagtail-localize."""
