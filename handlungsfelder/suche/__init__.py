"""The public full-text search."""
