#!/usr/bin/env python3
"""Writes synthetic service requests as CSV for COPY FROM STDIN: ten years over a prefecture-sized
tree (bench_unit, made by evaluation-schema.sql), seasonal (winter heavier), with late responses,
late resolutions, unrated and unhappy answers in realistic shares. Deterministic for a seed.

usage: evaluation-generate.py COUNT GRIDS SEED > requests.csv
"""
import random
import sys
from datetime import datetime, timedelta, timezone

count, grids, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(seed)
start = datetime(2016, 12, 1, tzinfo=timezone.utc)
span = (datetime(2026, 11, 30, tzinfo=timezone.utc) - start).total_seconds()
# (code, tier, response hours, resolve hours)
CATEGORIES = [("EMERGENCY", "EMERGENCY", 1, 2), ("UTILITY", "UTILITIES", 2, 24), ("HOUSING_REPAIR", "GENERAL", 24, 168),
              ("NEIGHBOURHOOD", "GENERAL", 24, 168), ("ELDERLY_CARE", "GENERAL", 24, 168),
              ("INTERPRETER", "GENERAL", 24, 168), ("EMPLOYMENT", "GENERAL", 24, 168),
              ("SUBSISTENCE", "COMPLEX", 24, 360), ("NEWCOMER", "GENERAL", 24, 168), ("POLICY", "COMPLEX", 24, 360)]
RES = ["RESOLVED"] * 14 + ["PARTLY_RESOLVED"] * 4 + ["NOT_RESOLVED"] * 2
SAT = ["SATISFIED"] * 13 + ["BASICALLY_SATISFIED"] * 5 + ["UNSATISFIED"] * 2
out = sys.stdout
write = out.write
fmt = "%Y-%m-%d %H:%M:%S+00"
for i in range(count):
    t = start + timedelta(seconds=rnd.random() * span)
    if t.month in (4, 5, 6, 7, 8, 9, 10) and rnd.random() < 0.35:
        t = t.replace(month=rnd.choice((1, 2, 12)), day=min(t.day, 28))  # the heating season is busier
    code, tier, rh, xh = CATEGORIES[0 if rnd.random() < 0.02 else (1 if rnd.random() < 0.2 else rnd.randrange(2, 10))]
    grid = rnd.randrange(1, grids + 1)
    worker = grid * 2 - rnd.randrange(2)
    response_due = t + timedelta(hours=rh)
    late = rnd.random() < 0.1
    first = t + timedelta(hours=rh * (1.2 + rnd.random() if late else 0.9 * rnd.random()))
    resolve_due = t + timedelta(hours=xh)
    resolved = t + timedelta(hours=xh * (1.1 + rnd.random() if rnd.random() < 0.12 else 0.95 * rnd.random()))
    if resolved < first:
        resolved = first + timedelta(minutes=30)
    rated = resolved + timedelta(hours=1 + 60 * rnd.random()) if rnd.random() < 0.85 else None
    write("%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (
        grid, worker, code, tier, t.strftime(fmt), response_due.strftime(fmt), first.strftime(fmt),
        resolve_due.strftime(fmt), resolved.strftime(fmt), rated.strftime(fmt) if rated else "\\N",
        rnd.choice(RES) if rated else "\\N", rnd.choice(SAT) if rated else "\\N"))
