"""Several concepts in one installation: each municipality's concept with its own roles and workflow."""
