"""Case-study reviews: the story in steps, timelines, figure badges, answers and handover.

Pure Python with no widget imports, so the review's logic is tested without a
browser and shared with the `firstpost cases` command.
"""
