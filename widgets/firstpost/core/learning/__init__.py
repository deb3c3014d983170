"""The self-paced course's logic: learners, progress, quiz scoring and the CPD record.

Kept free of widget libraries so the same rules run in the app, the tests and any
command-line tool. Nothing heavy is imported here: each module imports what it needs.
"""
