"""The whole published concept as one PDF."""
