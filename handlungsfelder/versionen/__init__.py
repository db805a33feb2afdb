"""Version history: publication records, concept versions, diffs, history routes, feed."""
