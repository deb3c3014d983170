"""The people who use the kit, keyed by identity (hub user or a chosen name)."""

from sqlalchemy import Connection, text


def upgrade(conn: Connection) -> None:
    conn.execute(
        text(
            "CREATE TABLE people ("
            " person_key VARCHAR(200) PRIMARY KEY,"
            " display_name VARCHAR(200) NOT NULL,"
            " source VARCHAR(20) NOT NULL,"
            " first_seen VARCHAR(40) NOT NULL,"
            " last_seen VARCHAR(40) NOT NULL)"
        )
    )
