"""Facilitation: monthly surgeries, their questions, the FAQ, surgery logs, pilot reviews.

Questions are anonymous by design: a row holds the words and the time, never who sent
them. Each question's number is fixed when it arrives (unique within its surgery), so
"question 5" means the same question to everyone for the whole session. Ids are random hex strings made by the kit, not database sequences, so the same
SQL runs on SQLite and PostgreSQL. Pilot reviews are JSON text checked by the review
model before every write (as plans are), kept as a working copy per plan and as a
frozen copy for each plan version the review was saved with.
"""

from sqlalchemy import Connection, text


def upgrade(conn: Connection) -> None:
    conn.execute(
        text(
            "CREATE TABLE surgeries ("
            " surgery_id VARCHAR(40) PRIMARY KEY,"
            " join_code VARCHAR(12) NOT NULL UNIQUE,"
            " held_on VARCHAR(10) NOT NULL,"
            " topic VARCHAR(300) NOT NULL DEFAULT '',"
            " status VARCHAR(20) NOT NULL DEFAULT 'open',"
            " created_by VARCHAR(200) NOT NULL,"
            " created_at VARCHAR(40) NOT NULL,"
            " closed_at VARCHAR(40))"
        )
    )
    conn.execute(text("CREATE INDEX surgeries_held_on ON surgeries (held_on)"))
    conn.execute(
        text(
            "CREATE TABLE surgery_questions ("
            " question_id VARCHAR(40) PRIMARY KEY,"
            " surgery_id VARCHAR(40) NOT NULL"
            " REFERENCES surgeries (surgery_id) ON DELETE CASCADE,"
            " number INTEGER NOT NULL,"
            " body TEXT NOT NULL,"
            " asked_at VARCHAR(40) NOT NULL,"
            " status VARCHAR(20) NOT NULL DEFAULT 'new',"
            " starred INTEGER NOT NULL DEFAULT 0,"
            " merged_into VARCHAR(40),"
            " updated_at VARCHAR(40) NOT NULL,"
            " UNIQUE (surgery_id, number))"
        )
    )
    conn.execute(
        text(
            "CREATE TABLE faq_entries ("
            " faq_id VARCHAR(40) PRIMARY KEY,"
            " question TEXT NOT NULL,"
            " answer TEXT NOT NULL,"
            " topic VARCHAR(300) NOT NULL DEFAULT '',"
            " surgery_id VARCHAR(40),"
            " source_question_id VARCHAR(40),"
            " created_by VARCHAR(200) NOT NULL,"
            " created_at VARCHAR(40) NOT NULL,"
            " updated_at VARCHAR(40) NOT NULL)"
        )
    )
    conn.execute(
        text(
            "CREATE TABLE surgery_logs ("
            " surgery_id VARCHAR(40) PRIMARY KEY"
            " REFERENCES surgeries (surgery_id) ON DELETE CASCADE,"
            " held_on VARCHAR(10) NOT NULL,"
            " attendance INTEGER NOT NULL,"
            " topics TEXT NOT NULL,"
            " questions_asked INTEGER NOT NULL,"
            " questions_answered INTEGER NOT NULL,"
            " outcomes TEXT NOT NULL,"
            " saved_by VARCHAR(200) NOT NULL,"
            " saved_at VARCHAR(40) NOT NULL)"
        )
    )
    conn.execute(text("CREATE INDEX surgery_logs_held_on ON surgery_logs (held_on)"))
    conn.execute(
        text(
            "CREATE TABLE pilot_reviews ("
            " plan_id VARCHAR(40) PRIMARY KEY REFERENCES plans (plan_id) ON DELETE CASCADE,"
            " revision INTEGER NOT NULL,"
            " body TEXT NOT NULL,"
            " updated_at VARCHAR(40) NOT NULL,"
            " updated_by VARCHAR(200) NOT NULL)"
        )
    )
    conn.execute(
        text(
            "CREATE TABLE pilot_review_versions ("
            " plan_id VARCHAR(40) NOT NULL REFERENCES plans (plan_id) ON DELETE CASCADE,"
            " version_number INTEGER NOT NULL,"
            " recommendation VARCHAR(20) NOT NULL,"
            " body TEXT NOT NULL,"
            " saved_by VARCHAR(200) NOT NULL,"
            " saved_at VARCHAR(40) NOT NULL,"
            " PRIMARY KEY (plan_id, version_number))"
        )
    )
