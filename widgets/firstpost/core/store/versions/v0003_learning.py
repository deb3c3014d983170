"""Self-paced learners: who they are, which episodes they started and finished, answers.

Only what the course and the CPD record need is kept: a display name, dates, and the
option numbers chosen for each question. A learner without a hub account is filed under
a hash of their personal code, never the code itself. Deleting a learner deletes their
episodes and answers too (ON DELETE CASCADE, and the store deletes them explicitly).
"""

from sqlalchemy import Connection, text


def upgrade(conn: Connection) -> None:
    conn.execute(
        text(
            "CREATE TABLE learners ("
            " learner_key VARCHAR(200) PRIMARY KEY,"
            " display_name VARCHAR(200) NOT NULL,"
            " source VARCHAR(20) NOT NULL,"
            " last_episode VARCHAR(100) NOT NULL DEFAULT '',"
            " created_at VARCHAR(40) NOT NULL,"
            " updated_at VARCHAR(40) NOT NULL)"
        )
    )
    conn.execute(
        text(
            "CREATE TABLE learner_episodes ("
            " learner_key VARCHAR(200) NOT NULL"
            " REFERENCES learners (learner_key) ON DELETE CASCADE,"
            " episode_id VARCHAR(100) NOT NULL,"
            " started_at VARCHAR(40) NOT NULL,"
            " completed_at VARCHAR(40),"
            " PRIMARY KEY (learner_key, episode_id))"
        )
    )
    conn.execute(
        text(
            "CREATE TABLE learner_answers ("
            " learner_key VARCHAR(200) NOT NULL"
            " REFERENCES learners (learner_key) ON DELETE CASCADE,"
            " episode_id VARCHAR(100) NOT NULL,"
            " question_key VARCHAR(40) NOT NULL,"
            " chosen VARCHAR(100) NOT NULL,"
            " correct INTEGER NOT NULL,"
            " first_try_correct INTEGER NOT NULL,"
            " attempts INTEGER NOT NULL,"
            " answered_at VARCHAR(40) NOT NULL,"
            " PRIMARY KEY (learner_key, episode_id, question_key))"
        )
    )
