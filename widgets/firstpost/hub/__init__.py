"""Serving First Post to a whole organisation through JupyterHub (issue #10).

Two halves, so the kit's Voilà settings live in one place (`firstpost serve` and
every hub user server share them) instead of being copied into each deployer's files:

- `firstpost.hub.spawner`: what a `jupyterhub_config.py` calls on the hub side (the
  landing page, the environment each user server gets, the facilitators' group, the
  idle culler service).
- `firstpost.hub.user_server`: what runs inside each person's server (`python -m
  firstpost.hub.user_server` instead of `jupyterhub-singleuser`), applying the kit's
  Voilà settings to Voilà's server extension.

Nothing here is imported by the apps; only the deployment configs and tests use it.
"""
