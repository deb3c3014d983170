"""Workshops: every plan of a group side by side, and the pack a facilitator takes away."""
