// Strings of the performance page (/rendimiento/, /en/performance/), Spanish first.
import type { Figures, MethodFacts } from "../bench/performance.ts";
import { formatNum } from "../lib/numbers.ts";

type Labels = Record<keyof Figures, string>;

const es = (n: number, digits = 0) => formatNum("es", n, digits);
const en = (n: number, digits = 0) => formatNum("en", n, digits);

const esLabels: Labels = {
  films: "Películas",
  etl_seconds: "ETL: duración",
  etl_peak_rss_mb: "ETL: memoria máxima (RSS)",
  assets_bytes: "Datos descargables",
  assets_bytes_gzip: "Datos descargables (gzip)",
  recommender_assets_bytes_gzip: "Datos del recomendador (gzip)",
  worker_ready_ms: "Worker listo",
  first_answer_ms: "Primera respuesta",
  recommend_p50_ms: "Recomendación p50",
  recommend_p95_ms: "Recomendación p95",
  query_p95_ms: "Consultas p95 (la peor)",
  original_method_p50_ms: "Método original p50",
  speedup_vs_original: "Veces más rápido que el original",
  cold_film_facts_ms: "Visita en frío por móvil: ficha de la película",
  cold_film_ms: "Visita en frío por móvil: 5 recomendaciones",
  cold_film_kb: "Visita en frío por móvil: ficha, datos (gzip)",
  cold_film_raw_kb: "Visita en frío por móvil: ficha, datos (sin comprimir)",
  cold_search_ms: "Visita en frío por móvil: primera sugerencia",
  cold_search_kb: "Visita en frío por móvil: búsqueda, datos (gzip)",
  cold_search_raw_kb: "Visita en frío por móvil: búsqueda, datos (sin comprimir)",
  cold_query_ms: "Visita en frío por móvil: respuesta de una consulta",
  cold_query_kb: "Visita en frío por móvil: consulta, datos (gzip)",
  cold_query_raw_kb: "Visita en frío por móvil: consulta, datos (sin comprimir)",
};

const enLabels: Labels = {
  films: "Films",
  etl_seconds: "ETL: time",
  etl_peak_rss_mb: "ETL: peak memory (RSS)",
  assets_bytes: "Downloadable data",
  assets_bytes_gzip: "Downloadable data (gzip)",
  recommender_assets_bytes_gzip: "Recommender data (gzip)",
  worker_ready_ms: "Worker ready",
  first_answer_ms: "First answer",
  recommend_p50_ms: "Recommendation p50",
  recommend_p95_ms: "Recommendation p95",
  query_p95_ms: "Queries p95 (worst)",
  original_method_p50_ms: "Original method p50",
  speedup_vs_original: "Times faster than the original",
  cold_film_facts_ms: "Cold visit by phone: the film's facts",
  cold_film_ms: "Cold visit by phone: 5 recommendations",
  cold_film_kb: "Cold visit by phone: film page, data (gzip)",
  cold_film_raw_kb: "Cold visit by phone: film page, data (uncompressed)",
  cold_search_ms: "Cold visit by phone: first suggestion",
  cold_search_kb: "Cold visit by phone: search, data (gzip)",
  cold_search_raw_kb: "Cold visit by phone: search, data (uncompressed)",
  cold_query_ms: "Cold visit by phone: a query's answer",
  cold_query_kb: "Cold visit by phone: query, data (gzip)",
  cold_query_raw_kb: "Cold visit by phone: query, data (uncompressed)",
};

export const performanceStrings = {
  es: {
    title: "Rendimiento",
    description:
      "Cuánto tarda, cuánto pesa y cómo crece Filmoteca, medido en una máquina de 2 núcleos.",
    lead: "Cada cifra de esta página la mide el propio proyecto con npm run bench: el ETL real, los archivos que descarga el navegador y el motor dentro de un Web Worker en Chromium sin interfaz, con semilla fija, calentamiento y muchas llamadas (medianas y p95, nunca una sola medida).",
    ranOn: "Medido el",
    on: "en",
    cores: "núcleos",
    commit: "código",
    input: "datos",
    targetsHeading: "Objetivos frente a lo medido",
    summary: (met: number, measured: number, missed: string[], unmeasured: string[]) =>
      `Se cumplen ${met} de ${measured} objetivos medidos.` +
      (missed.length ? ` No se cumplen: ${missed.join(", ")}.` : "") +
      (unmeasured.length ? ` Sin medir en esta ejecución: ${unmeasured.join(", ")}.` : ""),
    figure: "Cifra",
    target: "Objetivo",
    measured: "Medido",
    status: "Estado",
    met: "cumplido",
    missed: "no cumplido",
    notMeasured: "sin medir",
    atScale: "con 50.000 películas",
    onReal: "datos reales",
    ratioChart:
      "Cuántas veces mejor que su objetivo es cada cifra (objetivo ÷ medido; para «veces más rápido», medido ÷ objetivo), en escala logarítmica: a la derecha de 1 se cumple el objetivo.",
    ratioAxis: "veces mejor que el objetivo →",
    scaleHeading: "Cómo crece el coste",
    scaleLead:
      "Catálogos sintéticos en el formato de The Movies Dataset, generados a partir de las filas reales con semilla fija; sobre cada uno corren el ETL real y el worker. Ejes logarítmicos.",
    noScale: "Esta ejecución no midió catálogos sintéticos (npm run bench -- --scale).",
    growth: (from: string, to: string, ratio: string, exponent: string) =>
      `De ${from} a ${to} películas, la mediana de una recomendación se multiplica por ${ratio}: crece como el tamaño elevado a ${exponent} (1 sería lineal, lo que cuesta recorrer todo el catálogo).`,
    filmsAxis: "películas →",
    latencyChart: "Recomendación: p50 y p95 (ms)",
    etlChart: "ETL: segundos y memoria máxima (MiB)",
    assetsChart: "Datos del recomendador (MiB, gzip)",
    failed: "no se pudo medir",
    notesHeading: "Cómo se mide",
    method: (m: MethodFacts) => [
      "ETL: el CLI real (build-data/cli.ts) en un proceso aparte. Tiempo de pared de principio a fin, con el arranque de Node y tsx; memoria máxima (RSS) según el propio proceso (process.resourceUsage()).",
      `Datos: los bytes de cada archivo del manifiesto y su tamaño en gzip (nivel ${m.gzipLevel}, el habitual de un servidor). El recomendador descarga vectors y neighbors.`,
      `Worker listo: mediana de ${es(m.runs)} cargas en frío de la portada (un contexto de navegador nuevo cada vez), desde el inicio de la navegación hasta que el motor ha descargado y comprobado todos los archivos.`,
      `Primera respuesta: mediana de ${es(m.runs)} cargas en frío del enlace permanente de una película, hasta que su primera recomendación está en pantalla.`,
      `Recomendaciones y consultas: performance.now() dentro del worker, una duración por llamada tras un calentamiento; ${es(m.calls)} recomendaciones sobre películas al azar (semilla ${m.seed}) y ${es(m.queryCalls)} llamadas por consulta. La página se sirve aislada entre orígenes para que el reloj dé pasos de 5 µs y no de 100 µs.`,
      "El método original, reimplementado, corre en el mismo worker sobre los mismos datos; la aceleración es su p50 dividida por la nuestra.",
      `Visitas en frío por móvil: mediana de ${es(m.coldRuns)} visitas (contexto nuevo cada vez) por un enlace emulado en el servidor: ${es(m.mbitPerSecond, 1)} Mbit/s compartidos por todas las respuestas (también las del worker), ${es(m.latencyMs)} ms antes del primer byte de cada una, gzip. Desde el inicio de la navegación hasta que se ve el título de la película y luego 5 recomendaciones, la primera sugerencia al escribir «${m.searchText}» en la portada, y la respuesta de /consultas/franquicia/. Los kB son lo transportado hasta ese momento (1 kB = 1.000 bytes).`,
      "La máquina es compartida: arriba se anota la carga media al empezar. Por encima de 2 (sus núcleos), otras tareas competían por la CPU y todas las cifras salen peores.",
    ],
    logHeading: "Registro de la ejecución (tal como lo escribe npm run bench, en inglés)",
    load: "carga media",
    etlCpu: "ETL: tiempo de CPU",
    missingHeading: "Lo que no se pudo medir",
    noResults: "Aún no hay resultados: ejecuta npm run bench -- --save.",
    tryHeading: "Mídelo en tu navegador",
    tryLead: (calls: number) =>
      `Descarga los datos y cronometra ${es(calls)} recomendaciones sobre películas al azar en tu propio navegador.`,
    tryButton: "Medir",
    trying: "Midiendo…",
    tryResult: (p50: string, p95: string) => `En tu navegador: p50 ${p50} ms, p95 ${p95} ms.`,
    units:
      "MB son millones de bytes y MiB, 2²⁰ bytes (1 MiB = 1,05 MB): los objetivos de tamaño están en MiB, como la memoria que cuenta el sistema; kB son miles de bytes.",
    tryError:
      "No se pudo medir en tu navegador: el motor no llegó a cargar los datos o a responder. Recarga la página e inténtalo de nuevo.",
    tryErrorDetail: "Detalle técnico",
    labels: esLabels,
  },
  en: {
    title: "Performance",
    description:
      "How long Filmoteca takes, how much it weighs and how it grows, measured on a 2-core machine.",
    lead: "Every figure on this page is measured by the project itself with npm run bench: the real ETL, the files the browser downloads, and the engine inside a Web Worker in headless Chromium, with a fixed seed, a warm-up and many calls (medians and p95, never a single run).",
    ranOn: "Measured on",
    on: "on",
    cores: "cores",
    commit: "code",
    input: "data",
    targetsHeading: "Targets against measurements",
    summary: (met: number, measured: number, missed: string[], unmeasured: string[]) =>
      `${met} of ${measured} measured targets are met.` +
      (missed.length ? ` Missed: ${missed.join(", ")}.` : "") +
      (unmeasured.length ? ` Not measured in this run: ${unmeasured.join(", ")}.` : ""),
    figure: "Figure",
    target: "Target",
    measured: "Measured",
    status: "Status",
    met: "met",
    missed: "missed",
    notMeasured: "not measured",
    atScale: "at 50,000 films",
    onReal: "real data",
    ratioChart:
      "How many times better than its target each figure is (target ÷ measured; for “times faster”, measured ÷ target), on a log scale: right of 1 the target is met.",
    ratioAxis: "times better than the target →",
    scaleHeading: "How cost grows",
    scaleLead:
      "Synthetic catalogues in The Movies Dataset's format, generated from the real rows with a fixed seed; the real ETL and the worker run on each. Log axes.",
    noScale: "This run measured no synthetic catalogues (npm run bench -- --scale).",
    growth: (from: string, to: string, ratio: string, exponent: string) =>
      `From ${from} to ${to} films, the median recommendation time grows ${ratio}-fold: as the size to the power ${exponent} (1 would be linear, the cost of scanning the whole catalogue).`,
    filmsAxis: "films →",
    latencyChart: "Recommendation: p50 and p95 (ms)",
    etlChart: "ETL: seconds and peak memory (MiB)",
    assetsChart: "Recommender data (MiB, gzip)",
    failed: "could not be measured",
    notesHeading: "How it is measured",
    method: (m: MethodFacts) => [
      "ETL: the real CLI (build-data/cli.ts) in a child process. Wall time from start to end, Node and tsx start-up included; peak memory (RSS) as the process itself reports it (process.resourceUsage()).",
      `Data: the bytes of every file in the manifest and their gzip size (level ${m.gzipLevel}, a server's usual). The recommender downloads vectors and neighbors.`,
      `Worker ready: median of ${en(m.runs)} cold loads of the home page (a fresh browser context each time), from navigation start until the engine has downloaded and checked every file.`,
      `First answer: median of ${en(m.runs)} cold loads of a film's permalink, until its first recommendation is on screen.`,
      `Recommendations and queries: performance.now() inside the worker, one duration per call after a warm-up; ${en(m.calls)} recommendations over random films (seed ${m.seed}) and ${en(m.queryCalls)} calls per query. The page is served cross-origin isolated so that the clock steps by 5 µs instead of 100 µs.`,
      "The original method, re-implemented, runs in the same worker on the same data; the speed-up is its p50 over ours.",
      `Cold visits by phone: median of ${en(m.coldRuns)} visits (a fresh context each) over a link emulated at the server: ${en(m.mbitPerSecond, 1)} Mbit/s shared by every response (the worker's too), ${en(m.latencyMs)} ms before each one's first byte, gzip. From navigation start until the film's title shows and then 5 recommendations, the first suggestion for "${m.searchText}" typed on the home page, and the answer of /consultas/franquicia/. The kB are what was carried until then (1 kB = 1,000 bytes).`,
      "The machine is shared: the load average at the start is noted above. Above 2 (its cores), other work competed for the CPU and every figure comes out worse.",
    ],
    logHeading: "Run log (as npm run bench writes it)",
    load: "load average",
    etlCpu: "ETL: CPU time",
    missingHeading: "What could not be measured",
    noResults: "No results yet: run npm run bench -- --save.",
    tryHeading: "Measure it in your browser",
    tryLead: (calls: number) =>
      `Downloads the data and times ${en(calls)} recommendations over random films in your own browser.`,
    tryButton: "Measure",
    trying: "Measuring…",
    tryResult: (p50: string, p95: string) => `In your browser: p50 ${p50} ms, p95 ${p95} ms.`,
    units:
      "MB are millions of bytes and MiB 2²⁰ bytes (1 MiB = 1.05 MB): the size targets are in MiB, like the memory the system counts; kB are thousands of bytes.",
    tryError:
      "Could not measure in your browser: the engine did not load the data or did not answer. Reload the page and try again.",
    tryErrorDetail: "Technical detail",
    labels: enLabels,
  },
} as const;
