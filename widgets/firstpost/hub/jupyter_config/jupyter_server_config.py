# Loaded by every hub user server whose JUPYTER_CONFIG_PATH includes this folder
# (`python -m firstpost.hub.user_server` puts it there): the kit's Voilà settings.
from firstpost.hub.user_server import configure_user_server

configure_user_server(c)  # noqa: F821 (`c` is the config object Jupyter provides)
