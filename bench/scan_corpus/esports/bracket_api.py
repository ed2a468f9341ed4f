"""Small JSON API behind the bracket widget embedded on partner sites."""
import os

from flask import Flask, abort, jsonify

from brackets.store import BracketStore

app = Flask(__name__)
store = BracketStore(os.environ["BRACKET_DB_URL"])


@app.get("/api/tournaments/<slug>/bracket")
def bracket(slug: str):
    tournament = store.get_tournament(slug)
    if tournament is None:
        abort(404)
    return jsonify(
        {
            "slug": tournament.slug,
            "format": tournament.format,
            "rounds": [
                [m.as_dict() for m in round_matches]
                for round_matches in store.rounds(tournament.id)
            ],
        }
    )


@app.get("/api/tournaments/<slug>/standings")
def standings(slug: str):
    tournament = store.get_tournament(slug)
    if tournament is None:
        abort(404)
    return jsonify([row.as_dict() for row in store.standings(tournament.id)])


@app.get("/healthz")
def healthz():
    return {"status": "ok"}


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    app.run(host=os.environ.get("BIND_HOST", "localhost"), port=port, debug=True)
