// The JavaScript engines on the same expressions and product documents as bench_cel:
//   node bench.mjs catalog.json [seconds] [runs]
// Each expression is compiled once per engine and evaluated over all products in turn,
// single-threaded; prints "engine<TAB>class<TAB>evaluations per second<TAB>products for which
// it is true" (the rate is the median of the runs).
import { readFileSync } from 'node:fs'
import { parse as marcParse } from '@marcbachmann/cel-js'
import { celEnv, parse as bufParse, plan } from '@bufbuild/cel'

const [file, secondsArg = '0.5', runsArg = '5'] = process.argv.slice(2)
const products = JSON.parse(readFileSync(file, 'utf8')).products
const seconds = Number(secondsArg)
const runs = Number(runsArg)

// Keep in step with bench_cel.cpp.
const cases = [
  ['field', 'product.owner != ""'],
  ['two-clause', 'product.status == "published" && size(product.outputPorts) > 0'],
  ['nested-macro', 'product.outputPorts.all(p, p.schema.fields.all(f, f.description != ""))'],
]

// @bufbuild/cel takes maps as Map objects (plain objects are messages to it); integral numbers
// stay JSON numbers (doubles) in both engines.
const toMaps = (v) => Array.isArray(v) ? v.map(toMaps)
  : v !== null && typeof v === 'object'
    ? new Map(Object.entries(v).map(([k, x]) => [k, toMaps(x)]))
    : v

const engines = [
  {
    name: '@marcbachmann/cel-js',
    documents: products.map((product) => ({ product })),
    compile: (source) => marcParse(source),
  },
  {
    name: '@bufbuild/cel',
    documents: products.map((product) => ({ product: toMaps(product) })),
    compile: (source) => plan(celEnv(), bufParse(source)),
  },
]

function measure (evaluate, documents) {
  const rates = []
  let sink = 0
  for (let run = 0; run < runs; ++run) {
    let evaluations = 0
    const start = process.hrtime.bigint()
    let elapsed = 0n
    do {
      for (let batch = 0; batch < 10000; batch += documents.length) {
        for (const doc of documents) {
          if (evaluate(doc) === true) ++sink
        }
        evaluations += documents.length
      }
      elapsed = process.hrtime.bigint() - start
    } while (elapsed < BigInt(Math.round(seconds * 1e9)))
    rates.push(evaluations * 1e9 / Number(elapsed))
  }
  rates.sort((a, b) => a - b)
  return [Math.round(rates[Math.floor(rates.length / 2)]), sink]
}

for (const engine of engines) {
  for (const [name, source] of cases) {
    const program = engine.compile(source)
    const matching = engine.documents.filter((doc) => program(doc) === true).length
    const [rate] = measure(program, engine.documents)
    console.log(`${engine.name}\t${name}\t${rate}\t${matching}`)
  }
}
