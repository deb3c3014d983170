"""Monthly social media surgeries: join codes, anonymous questions, the FAQ, logs, reports.

Pure Python with no widgets, so the board's rules and the 20-phones-at-once question
box are tested without a browser, on SQLite and PostgreSQL alike.
"""
