"""Files handed to the browser from a Voilà page.

Voilà refuses FileLink (403, files are not served), so a download is a data-URI link
inside an HTML widget: the file travels once over the page's websocket and the
browser saves it. Files are small (a plan's documents are tens of kilobytes), and the
limit below keeps a mistake from pushing megabytes through every participant's socket.
"""

from __future__ import annotations

import base64
import html
import re

MAX_DOWNLOAD_BYTES = 5_000_000

MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
    "md": "text/markdown",
    "csv": "text/csv",
    "ics": "text/calendar",
    "json": "application/json",
    "zip": "application/zip",
}


def safe_filename(name: str, extension: str) -> str:
    """A file name any operating system accepts, made from a title people typed."""
    stem = re.sub(r"[^A-Za-z0-9._ -]+", "", name).strip(" .-")[:80] or "first-post"
    stem = re.sub(r"\s+", "-", stem)
    return f"{stem}.{extension}"


def download_link(filename: str, data: bytes, label: str) -> str:
    """HTML for a link that saves `data` as `filename` when clicked."""
    if len(data) > MAX_DOWNLOAD_BYTES:
        raise ValueError(f"{filename} is {len(data)} bytes, over the download limit")
    extension = filename.rsplit(".", 1)[-1].lower()
    mime = MIME_TYPES.get(extension, "application/octet-stream")
    payload = base64.b64encode(data).decode("ascii")
    return (
        f'<a class="fp-download" download="{html.escape(filename)}" '
        f'href="data:{mime};base64,{payload}">{html.escape(label)}</a>'
    )
