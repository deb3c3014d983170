"""Where the kit keeps its data, resolved from the environment.

Read afresh on each call (it is cheap) so that `firstpost serve --data-dir` can set
the environment for its kernels and tests can point each run at a temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "FIRSTPOST_DATA_DIR"
DATABASE_URL_ENV = "FIRSTPOST_DATABASE_URL"
DATABASE_FILE = "firstpost.sqlite3"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    database_from_env: bool

    @property
    def uses_embedded_database(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


def default_data_dir() -> Path:
    """The platform's per-user data folder (e.g. ~/.local/share/firstpost on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("firstpost", appauthor=False))


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    raw_dir = env.get(DATA_DIR_ENV, "").strip()
    data_dir = Path(raw_dir).expanduser().resolve() if raw_dir else default_data_dir()
    url = env.get(DATABASE_URL_ENV, "").strip()
    if url:
        return Settings(data_dir=data_dir, database_url=url, database_from_env=True)
    return Settings(
        data_dir=data_dir,
        database_url=f"sqlite:///{data_dir / DATABASE_FILE}",
        database_from_env=False,
    )


def redact_url(url: str) -> str:
    """The database URL with any password hidden, for printing and logs."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL is reported elsewhere; never echo it whole
        return "<unreadable database URL>"
