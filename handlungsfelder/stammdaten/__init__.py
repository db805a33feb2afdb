"""Reference data (Stammdaten): schools, roles, service providers, regions, contact person."""
