"""The pieces of `benchmarks/run.py`: servers, browser timings, the room, memory and core."""
