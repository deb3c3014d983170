"""Pilot reviews: actual figures per post and channel, set against the plan, and a decision.

"Build on their successes": the review turns a finished pilot into a recommendation
(scale up, adjust or stop) with its lessons, kept with the plan as a new version.
"""
