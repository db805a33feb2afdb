"""Where the Maßnahmen stand: the implementation overview, its chart and the school view."""
