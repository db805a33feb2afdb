"""The concept's content model: page types, blocks, choices and what the public may see."""
