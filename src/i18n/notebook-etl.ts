// The words of the ETL notebook page, in Spanish (first) and English (src/i18n/notebooks.ts
// gathers them with what both notebooks share). Sentences that state a fact are functions of the
// numbers, so the prose always matches the data of the build.

const es = {
  title: "Limpieza de datos (ETL)",
  intro:
    "El cuaderno de limpieza del proyecto original como página: cada paso, las filas que entran y salen, y lo que encontró. Todos los números salen del informe de calidad (quality.json) y del manifiesto de esta compilación.",
  sourceTitle: "Fuente y recuento",
  sourceText: (source: string, input: string, kept: string, fingerprint: string) =>
    `Fuente: ${source}. ${input} registros leídos, ${kept} películas conservadas. Huella de los archivos de entrada: ${fingerprint}.`,
  countsColumns: ["destino", "registros"],
  countsCaption:
    "Cada registro leído acaba en uno de estos destinos; la suma cuadra con los leídos.",
  countsRows: {
    input: "leídos",
    kept: "conservados",
    duplicates: "duplicados eliminados",
    quarantined: "en cuarentena",
    dropped: "descartados por una regla",
  },
  flowChart: { title: "Qué fue de cada registro leído", x: "Registros →", y: "" },
  flowDescription:
    "Barras horizontales con los registros conservados, duplicados, en cuarentena y descartados.",
  stepsTitle: "Pasos de limpieza",
  stepsCaption: "Filas antes y después de cada paso.",
  stepsColumns: ["paso", "qué hace", "filas antes", "filas después", "diferencia"],
  stepsDerived:
    "Esta compilación no incluye la lista de pasos en quality.json; estos pasos se deducen del recuento del manifiesto.",
  steps: {
    parse:
      "Lee cada registro y aparta en cuarentena los que no se pueden interpretar (columnas desplazadas, id no numérico).",
    quarantine: "Aparta en cuarentena los registros que no se pueden interpretar.",
    "drop-duplicates": "Elimina los registros con un id ya visto; se queda con el primero.",
    "drop-no-title": "Descarta las películas sin título.",
    "drop-no-release-date": "Descarta las películas sin fecha de estreno.",
    drop: "Descarta las películas sin título o sin fecha de estreno.",
    "join-credits":
      "Une a cada película su reparto y su dirección desde credits.csv, por id de TMDB.",
    "join-keywords": "Une a cada película sus palabras clave desde keywords.csv, por id de TMDB.",
    "join-links": "Une a cada película su id de MovieLens desde links.csv.",
    "join-ratings": "Une las valoraciones de MovieLens a las películas a través de links.csv.",
  } as Record<string, string>,
  unknownStep: "Paso de limpieza (sin descripción en esta versión de la página).",
  nullsTitle: "Nulos por columna, antes y después",
  nullsCaption:
    "Valores vacíos por columna de entrada antes de limpiar, y valores nulos por columna del catálogo después.",
  nullsColumns: ["columna", "nulos antes", "nulos después", "% después"],
  nullsAfterFromEda:
    "quality.json no trae los nulos tras la limpieza; la columna «después» sale del recuento de no nulos de eda.json de esta misma compilación.",
  stepRows: (before: string, after: string, change: string) =>
    `Filas: ${before} → ${after} (${change}).`,
  nullsAbsent:
    "El informe de calidad de esta compilación no trae el recuento de nulos antes y después de limpiar.",
  nullsChart: {
    title: "Porcentaje de nulos por columna tras la limpieza",
    x: "Películas sin valor (%) →",
    y: "",
  },
  nullsChartNote: "Solo las columnas con algún nulo; la tabla muestra todas.",
  nullsDescription:
    "Barras horizontales con el porcentaje de películas sin valor en cada columna del catálogo después de limpiar.",
  duplicatesTitle: "Duplicados",
  duplicates: (n: string, count: number) =>
    count === 1
      ? `${n} registro repetía un id ya visto y se eliminó (se conserva el primero).`
      : `${n} registros repetían un id ya visto y se eliminaron (se conserva el primero).`,
  duplicateIds: (ids: string) => `Ids repetidos: ${ids}.`,
  duplicateIdsAbsent: "El informe de esta compilación no lista los ids repetidos.",
  droppedTitle: "Filas descartadas por motivo",
  droppedCaption: "Películas descartadas por una regla de limpieza.",
  droppedColumns: ["motivo", "filas"],
  noneDropped: "Ninguna fila se descartó por una regla de limpieza.",
  quarantineTitle: "Cuarentena",
  quarantineByReason: "Registros en cuarentena por motivo.",
  quarantineColumns: ["motivo", "registros"],
  quarantineSampleCaption:
    "Muestra de registros en cuarentena: línea del archivo, motivo y texto original (recortado).",
  quarantineSampleColumns: ["línea", "motivo", "texto original"],
  noneQuarantined: "Ningún registro acabó en cuarentena.",
  correctionsTitle: "Valores corregidos",
  corrected: (n: string, count: number) =>
    count === 1
      ? `${n} valor de una película conservada se leyó de otro modo que como lo escribe el archivo; cuenta aquí con su motivo.`
      : `${n} valores de películas conservadas se leyeron de otro modo que como los escribe el archivo; cada uno cuenta aquí con su motivo.`,
  correctionsByReason: "Valores corregidos por motivo.",
  correctionsColumns: ["motivo", "películas"],
  correctionReasons: {
    "year read a century late":
      "año leído un siglo tarde: un año de dos cifras puesto en el siglo XXI (p. ej. 2046 por 1946), posterior al último año de la tabla; se lee 100 años antes",
  } as Record<string, string>,
  correctionSampleCaption:
    "Los valores corregidos (hasta 50): línea del registro, película, columna, el valor como lo escribe el archivo y como se lee.",
  correctionSampleColumns: ["línea", "película", "columna", "escrito", "leído"],
  noneCorrected: "Ningún valor se leyó de otro modo que como está escrito.",
  correctionsAbsent: "El informe de calidad de esta compilación no cuenta los valores corregidos.",
  joinsTitle: "Cobertura de los cruces",
  joinsCaption:
    "Registros de cada archivo secundario, cuántos casan con una película conservada y cuántas películas recibieron datos.",
  joinsColumns: [
    "archivo",
    "registros",
    "casan",
    "% casan",
    "películas con datos",
    "% del catálogo",
  ],
  joinsAbsent: "El informe de calidad de esta compilación no trae la cobertura de los cruces.",
  joinsNone:
    "Esta fuente no tiene archivos secundarios (créditos, palabras clave, enlaces): no hay cruces.",
  joinSentence: (file: string, rows: string, matched: string, films: string, share: string) =>
    `${file}: ${rows} registros, ${matched} casan con una película conservada; ${films} películas (${share} del catálogo) recibieron datos.`,
  joinMissing: "no presente",
  creditsCoverage: (films: string, total: string, share: string) =>
    `Los créditos (dirección y reparto) cubren ${films} de las ${total} películas (${share}). Las consultas de directores y de actores (get_director, get_actor) solo ven esas películas: cada respuesta dice cuántas tienen créditos, y un nombre que no aparece puede estar entre las demás.`,
  moneyTitle: "Cifras de dinero dudosas",
  moneyRule: (limit: string) =>
    `La regla: un presupuesto o una recaudación conocidos pero menores de ${limit} son un dato dudoso. Ninguna película del catálogo costó ni recaudó tan poco; son millones o miles escritos como unidades (un presupuesto de «1» por 1 millón). El dato original escribe 0 cuando no sabe la cifra: eso es «desconocido», no «dudoso».`,
  moneyUse:
    "Se aplica en todo el sitio: la ficha de la película y las consultas (retorno, franquicia, productoras, get_director, get_actor) marcan esas cifras como «dato dudoso» en vez de presentarlas como hechos, y las sumas dejan fuera esas películas y dicen cuántas son. Las cifras desconocidas cuentan como 0, como en la API original.",
  moneyCounts: (budget: string, revenue: string, films: string) =>
    `En esta compilación: ${budget} presupuestos y ${revenue} recaudaciones dudosos, en ${films} películas.`,
  moneySampleCaption: "Las películas más votadas con una cifra dudosa.",
  moneyColumns: ["película", "año", "presupuesto", "recaudación"],
  moneyAbsent: "El informe de esta compilación no trae el recuento de cifras dudosas.",
};

const en: typeof es = {
  title: "Data cleaning (ETL)",
  intro:
    "The original project's cleaning notebook as a page: each step, the rows in and out, and what it found. Every number comes from this build's quality report (quality.json) and manifest.",
  sourceTitle: "Source and counts",
  sourceText: (source: string, input: string, kept: string, fingerprint: string) =>
    `Source: ${source}. ${input} records read, ${kept} films kept. Fingerprint of the input files: ${fingerprint}.`,
  countsColumns: ["outcome", "records"],
  countsCaption:
    "Every record read ends in one of these outcomes; they add up to the records read.",
  countsRows: {
    input: "read",
    kept: "kept",
    duplicates: "duplicates removed",
    quarantined: "quarantined",
    dropped: "dropped by a rule",
  },
  flowChart: { title: "What became of each record read", x: "Records →", y: "" },
  flowDescription: "Horizontal bars with the records kept, duplicated, quarantined and dropped.",
  stepsTitle: "Cleaning steps",
  stepsCaption: "Rows before and after each step.",
  stepsColumns: ["step", "what it does", "rows before", "rows after", "change"],
  stepsDerived:
    "This build's quality.json has no list of steps; these steps are derived from the manifest's counts.",
  steps: {
    parse:
      "Reads every record and quarantines those that cannot be interpreted (shifted columns, non-numeric id).",
    quarantine: "Quarantines the records that cannot be interpreted.",
    "drop-duplicates": "Removes records whose id was already seen; keeps the first.",
    "drop-no-title": "Drops films without a title.",
    "drop-no-release-date": "Drops films without a release date.",
    drop: "Drops films without a title or without a release date.",
    "join-credits": "Joins each film's cast and directors from credits.csv, on TMDB id.",
    "join-keywords": "Joins each film's keywords from keywords.csv, on TMDB id.",
    "join-links": "Joins each film's MovieLens id from links.csv.",
    "join-ratings": "Joins the MovieLens ratings to the films through links.csv.",
  } as Record<string, string>,
  unknownStep: "Cleaning step (not described by this version of the page).",
  nullsTitle: "Nulls per column, before and after",
  nullsCaption:
    "Empty values per input column before cleaning, and null values per catalogue column after.",
  nullsColumns: ["column", "nulls before", "nulls after", "% after"],
  nullsAfterFromEda:
    "quality.json has no nulls after cleaning; the “after” column comes from the non-null counts of this same build's eda.json.",
  stepRows: (before: string, after: string, change: string) =>
    `Rows: ${before} → ${after} (${change}).`,
  nullsAbsent:
    "This build's quality report does not include the null counts before and after cleaning.",
  nullsChart: {
    title: "Share of nulls per column after cleaning",
    x: "Films without a value (%) →",
    y: "",
  },
  nullsChartNote: "Only the columns with some nulls; the table shows them all.",
  nullsDescription:
    "Horizontal bars with the share of films without a value in each catalogue column after cleaning.",
  duplicatesTitle: "Duplicates",
  duplicates: (n: string, count: number) =>
    count === 1
      ? `${n} record repeated an id already seen and was removed (the first is kept).`
      : `${n} records repeated an id already seen and were removed (the first is kept).`,
  duplicateIds: (ids: string) => `Repeated ids: ${ids}.`,
  duplicateIdsAbsent: "This build's report does not list the repeated ids.",
  droppedTitle: "Rows dropped per reason",
  droppedCaption: "Films dropped by a cleaning rule.",
  droppedColumns: ["reason", "rows"],
  noneDropped: "No row was dropped by a cleaning rule.",
  quarantineTitle: "Quarantine",
  quarantineByReason: "Quarantined records per reason.",
  quarantineColumns: ["reason", "records"],
  quarantineSampleCaption:
    "A sample of quarantined records: file line, reason and raw text (truncated).",
  quarantineSampleColumns: ["line", "reason", "raw text"],
  noneQuarantined: "No record was quarantined.",
  correctionsTitle: "Corrected values",
  corrected: (n: string, count: number) =>
    count === 1
      ? `${n} value of a kept film was read otherwise than the file writes it; it counts here, with its reason.`
      : `${n} values of kept films were read otherwise than the file writes them; each counts here, with its reason.`,
  correctionsByReason: "Corrected values per reason.",
  correctionsColumns: ["reason", "films"],
  correctionReasons: {
    "year read a century late":
      "year read a century late: a two-digit year put in the 21st century (e.g. 2046 for 1946), after the table's last year; read 100 years earlier",
  } as Record<string, string>,
  correctionSampleCaption:
    "The corrected values (up to 50): record line, film, column, the value as the file writes it and as it is read.",
  correctionSampleColumns: ["line", "film", "column", "written", "read as"],
  noneCorrected: "No value was read otherwise than written.",
  correctionsAbsent: "This build's quality report does not count the corrected values.",
  joinsTitle: "Join coverage",
  joinsCaption:
    "Records of each side file, how many match a kept film, and how many films received data.",
  joinsColumns: ["file", "records", "matched", "% matched", "films with data", "% of catalogue"],
  joinsAbsent: "This build's quality report does not include the join coverage.",
  joinsNone: "This source has no side files (credits, keywords, links): there are no joins.",
  joinSentence: (file: string, rows: string, matched: string, films: string, share: string) =>
    `${file}: ${rows} records, ${matched} match a kept film; ${films} films (${share} of the catalogue) received data.`,
  joinMissing: "not present",
  creditsCoverage: (films: string, total: string, share: string) =>
    `Credits (directors and cast) cover ${films} of the ${total} films (${share}). The director and actor queries (get_director, get_actor) only see those films: each answer says how many have credits, and a name that does not appear may be among the others.`,
  moneyTitle: "Doubtful money figures",
  moneyRule: (limit: string) =>
    `The rule: a budget or revenue that is known but under ${limit} is a doubtful figure. No film of the catalogue cost or earned that little; these are millions or thousands written as units (a budget of “1” for 1 million). The source writes 0 when it does not know a figure: that is “unknown”, not “doubtful”.`,
  moneyUse:
    "It applies across the site: the film page and the queries (retorno, franquicia, productoras, get_director, get_actor) flag such figures as “doubtful figure” instead of presenting them as facts, and sums leave those films out and say how many. Unknown figures count as 0, as in the original API.",
  moneyCounts: (budget: string, revenue: string, films: string) =>
    `In this build: ${budget} doubtful budgets and ${revenue} doubtful revenues, in ${films} films.`,
  moneySampleCaption: "The most-voted films with a doubtful figure.",
  moneyColumns: ["film", "year", "budget", "revenue"],
  moneyAbsent: "This build's report does not count the doubtful figures.",
};

export const etlStrings = { es, en };
