"""SciPy reference for bench/optimizer.bench.ts.

Usage: /usr/bin/python3 bench/optimizer_reference.py MANIFEST.json

The manifest lists instances written by the TypeScript bench as raw little-endian binaries:
  dense:  {"name", "kind": "dense", "n", "m"?, "cost": path (float64, n*m row-major), "reps"}
  sparse: {"name", "kind": "sparse", "n", "m"?, "indptr": path (int32), "indices": path (int32),
           "data": path (float64), "reps"}
"m" (columns) defaults to "n"; with n < m every row is matched (rectangular assignment).
Prints one JSON object: {"scipy": version, "results": {name: {"times": [s...], "total": x}}}.
Only the solver call is timed (loading and building the matrix are not).
"""

import json
import sys
import time

import numpy as np
import scipy
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def run_dense(inst):
    n = inst["n"]
    m = inst.get("m", n)
    cost = np.fromfile(inst["cost"], dtype="<f8").reshape(n, m)
    times = []
    total = None
    for _ in range(inst["reps"]):
        t0 = time.perf_counter()
        rows, cols = linear_sum_assignment(cost)
        times.append(time.perf_counter() - t0)
        total = float(cost[rows, cols].sum())
    return {"times": times, "total": total}


def run_sparse(inst):
    n = inst["n"]
    m = inst.get("m", n)
    indptr = np.fromfile(inst["indptr"], dtype="<i4")
    indices = np.fromfile(inst["indices"], dtype="<i4")
    data = np.fromfile(inst["data"], dtype="<f8")
    matrix = csr_matrix((data, indices, indptr), shape=(n, m))
    times = []
    total = None
    for _ in range(inst["reps"]):
        t0 = time.perf_counter()
        rows, cols = min_weight_full_bipartite_matching(matrix)
        times.append(time.perf_counter() - t0)
        total = float(np.asarray(matrix[rows, cols]).sum())
    return {"times": times, "total": total}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        manifest = json.load(f)
    results = {}
    for inst in manifest:
        runner = run_dense if inst["kind"] == "dense" else run_sparse
        results[inst["name"]] = runner(inst)
    print(json.dumps({"scipy": scipy.__version__, "results": results}))


if __name__ == "__main__":
    main()
