"""newscorpus.dask on a real LocalCluster (two worker processes): same rows as parse_many."""

from __future__ import annotations

import pytest

pytest.importorskip("dask", reason="the dask extra is not installed")
pytest.importorskip("distributed", reason="the dask extra is not installed")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

import newscorpus
from newscorpus.corpus import ParseError, learn_many, learn_partition
from newscorpus.dask import learn_bag, learn_frame, parse_bag, parse_frame, row_columns
from tests.corpus.helpers import PROMO, article, seed_pages

PAGES = seed_pages()
URLS = ["https://www.people.cn/a", None, "https://www.fmprc.gov.cn/b", None, None]


def expected_rows(items: list[dict[str, object]]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for item, result in zip(items, newscorpus.parse_many(items), strict=True):
        if isinstance(result, ParseError):
            out.append({"id": item["id"], "url": item.get("url"), **result.to_dict()})
        else:
            out.append({"id": item["id"], "url": item.get("url"), **result.to_dict()})
    return out


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as c,
    ):
        yield c


def test_bag_on_a_local_cluster_matches_parse_many(client: Client) -> None:
    items: list[dict[str, object]] = [
        {"id": f"d{i}", "text": PAGES[i % 5], "url": URLS[i % 5]} for i in range(30)
    ]
    items[11] = {"id": "empty-item"}
    rows = parse_bag(db.from_sequence(items, npartitions=6), timeout=30).compute()
    assert rows == expected_rows(items)
    workers = client.run(lambda: True)
    assert len(workers) == 2


def test_dataframe_column_on_a_local_cluster(client: Client) -> None:
    frame = pd.DataFrame(
        {
            "doc": [f"k{i}" for i in range(12)],
            "page": [PAGES[i % 5] for i in range(12)],
            "link": [URLS[i % 5] for i in range(12)],
        }
    )
    ddf = dd.from_pandas(frame, npartitions=4)
    result = parse_frame(ddf, "page", id_column="doc", url_column="link").compute()
    assert list(result.columns) == row_columns()
    items: list[dict[str, object]] = [
        {"id": f"k{i}", "text": PAGES[i % 5], "url": URLS[i % 5]} for i in range(12)
    ]
    want = expected_rows(items)
    got = result.to_dict(orient="records")
    for row, exp in zip(got, want, strict=True):
        assert {k: v for k, v in row.items() if k not in ("error", "error_code")} == exp
        assert row["error"] is None
    series = parse_frame(ddf["page"]).compute()  # a bare Series: ids are the index
    assert list(series["id"]) == [str(i) for i in range(12)]
    assert list(series["headline"]) == list(result["headline"])


# ---------------------------------------------------------------- site profiles


def site_items() -> list[dict[str, object]]:
    """Two sites (by URL) whose pages share a menu and a prose-like promo, and pages without a URL."""
    items: list[dict[str, object]] = []
    for i in range(24):
        host = "harbour.example" if i % 3 else "other.example"
        items.append({"id": f"s{i}", "url": f"https://{host}/{i}", "text": article(i)[0]})
    items += [{"id": f"n{i}", "text": article(50 + i)[0]} for i in range(3)]
    items.append({"id": "empty"})
    return items


def test_learn_bag_on_a_local_cluster_equals_learning_in_one_process(client: Client) -> None:

    items = site_items()
    whole = learn_partition(items)
    assert [(key, p.pages) for key, p in whole.items()] == [
        ("other.example", 8),
        ("harbour.example", 16),
        ("generic", 3),
    ]
    bag = db.from_sequence(items, npartitions=5)
    learned = learn_bag(bag, split_every=2)  # a tree of merges, on two worker processes
    assert learned == whole and learned.to_bytes() == whole.to_bytes()
    assert learn_many(items, jobs=2, chunksize=4).to_bytes() == whole.to_bytes()
    frame = dd.from_pandas(
        pd.DataFrame({"page": [i.get("text") for i in items], "link": [i.get("url") for i in items]}),
        npartitions=3,
    )
    assert learn_frame(frame, "page", url_column="link").to_bytes() == whole.to_bytes()

    # parse with what was learned: the profile object goes to the workers once
    rows = parse_bag(bag, profile=learned).compute()
    want = [
        {"id": item["id"], "url": item.get("url"), **result.to_dict()}
        for item, result in zip(items, newscorpus.parse_many(items, profile=whole), strict=True)
    ]
    assert rows == want
    by_id = {row["id"]: row for row in rows}
    assert PROMO not in by_id["s4"]["body"] and PROMO not in by_id["s3"]["body"]
    assert PROMO in by_id["n0"]["body"]  # 3 pages of unknown origin: fewer than min_pages
    framed = parse_frame(frame, "page", url_column="link", profile=learned).compute()
    assert list(framed["body"])[:24] == [row["body"] for row in rows[:24]]


def test_date_order_reaches_the_partitions() -> None:
    page = (
        "Senate passes budget\n\nPublished: 03/04/2021 10:15\n\n"
        "The Senate passed the budget on Thursday after a long debate, members said."
    )
    bag = db.from_sequence([{"id": "a", "text": page}], npartitions=1)
    rows = parse_bag(bag, date_order="MDY").compute(scheduler="sync")
    assert rows[0]["published"] == "2021-03-04T10:15:00"
    frame = dd.from_pandas(pd.DataFrame({"text": [page]}), npartitions=1)
    got = parse_frame(frame, "text", date_order="MDY").compute(scheduler="sync")
    assert got["published"].tolist() == ["2021-03-04T10:15:00"]
    with pytest.raises(ValueError, match="date_order"):
        parse_bag(bag, date_order="DYM")  # type: ignore[arg-type]
