"""Case-study reviews: each person's decisions, reflections and chosen controls.

One row per person and case study, so coming back to a case brings back where they
got to. The answers are JSON text, checked by the case-study answers model before
every write, so the review can grow without a schema step per field. People are keyed
like everywhere else in the kit: the hub user, or the name typed on a shared machine.
"""

from sqlalchemy import Connection, text


def upgrade(conn: Connection) -> None:
    conn.execute(
        text(
            "CREATE TABLE case_study_answers ("
            " person_key VARCHAR(300) NOT NULL,"
            " case_id VARCHAR(100) NOT NULL,"
            " display_name VARCHAR(200) NOT NULL,"
            " body TEXT NOT NULL,"
            " updated_at VARCHAR(40) NOT NULL,"
            " PRIMARY KEY (person_key, case_id))"
        )
    )
