"""Approval (Freigabe): roles, the two-step four-eyes workflow, change notes, dashboard and meeting agenda."""
