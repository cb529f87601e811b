// The words of the EDA notebook page, in Spanish (first) and English (src/i18n/notebooks.ts
// gathers them with what both notebooks share). Sentences that state a fact are functions of the
// numbers, so the prose always matches the data of the build.

const es = {
  title: "Análisis exploratorio (EDA)",
  intro:
    "El cuaderno de análisis exploratorio del proyecto original, recalculado con los datos de esta compilación. Cada número de este texto sale de los datos al compilar el sitio; los gráficos se dibujan sin JavaScript.",
  sizeTitle: "Tamaño del conjunto de datos",
  size: (rows: string, cols: string, known: string, source: string, bytes: string) =>
    `${rows} películas × ${cols} columnas (${known} con datos en esta fuente), de ${source}. El archivo films en Arrow pesa ${bytes}.`,
  headTitle: "Primeras filas (head)",
  headCaption: "Las cinco primeras películas por id; solo columnas que esta fuente conoce.",
  infoTitle: "Columnas (info)",
  infoCaption: "Tipo Arrow y número de valores no nulos por columna.",
  infoColumns: ["columna", "tipo", "no nulos", "en esta fuente"],
  yes: "sí",
  no: "no (ausente)",
  describeTitle: "Estadísticos (describe)",
  describeCaption: "Sobre los valores conocidos de cada columna numérica.",
  describeColumns: [
    "columna",
    "n",
    "desconocidos",
    "media",
    "desv. típ.",
    "mín",
    "25 %",
    "50 %",
    "75 %",
    "máx",
  ],
  describeNote:
    "Un 0 en budget y revenue significa «desconocido» en los datos originales, y vote_average vale 0 cuando nadie votó: esos valores se cuentan como desconocidos, no como ceros, y return solo se calcula cuando budget y revenue son conocidos. La desviación típica es la muestral (n − 1), como en pandas.",
  votesTitle: "Distribución de vote_average",
  votesChart: { title: "Películas por nota media", x: "Nota media (0–10) →", y: "↑ Películas" },
  votesDescription: "Histograma de la nota media con intervalos de 0,5 puntos.",
  votesSpike: (noVotes: string, zeroWithVotes: string, unknown: string) =>
    `El pico en 0 (en rojo) no es una nota: son ${noVotes} películas sin ningún voto, a las que los datos originales ponen vote_average 0. Solo ${zeroWithVotes} películas con votos tienen de verdad una media de 0, y de ${unknown} no se sabe. En «describe» la nota de las películas sin votos cuenta como desconocida.`,
  votesNoSpike: (unknown: string) =>
    `No hay pico en 0: ninguna película de esta fuente tiene 0 votos. De ${unknown} películas no se conocen ni la nota ni los votos.`,
  yearsTitle: "Películas y presupuesto por año de estreno",
  filmsYearChart: {
    title: "Películas por año de estreno",
    x: "Año de estreno →",
    y: "↑ Películas",
  },
  filmsYearDescription: "Barras con el número de películas estrenadas cada año.",
  budgetYearChart: {
    title: "Presupuesto total por año de estreno",
    x: "Año de estreno →",
    y: "↑ Presupuesto conocido (USD)",
  },
  budgetYearDescription:
    "Suma de los presupuestos conocidos de las películas de cada año, en dólares sin ajustar por inflación.",
  budgetYearNote: "Solo suma presupuestos conocidos (distintos de 0), en dólares nominales.",
  incomplete: "incompleto",
  datesCollected: (latest: string, collected: string, after: string) =>
    `Los datos se recogieron a mediados de ${collected.slice(0, 4)}: la fuente incluye las películas estrenadas hasta ${collected}. La fecha de estreno más reciente es ${latest}, y ${after} películas tienen una fecha posterior a ${collected} (estrenos anunciados, no estrenados).`,
  datesUnknown: (earliest: string, latest: string, peak: string, peakFilms: string) =>
    `Esta fuente no dice cuándo se recogió. Las fechas van de ${earliest} a ${latest}; el año con más películas es ${peak} (${peakFilms}).`,
  datesCut: (year: string, yearFilms: string, prev: string, prevFilms: string) =>
    `Por eso ${year} solo cuenta ${yearFilms} películas frente a ${prevFilms} en ${prev}, y los años siguientes casi ninguna: los años desde la recogida están incompletos (en gris). Es un corte de la recogida, no una caída del cine; el cuaderno original atribuía una caída en 2019 a la pandemia, que empezó años después de recoger los datos.`,
  datesTail: (last: string) =>
    `Los últimos años tienen muy pocas películas (${last}): refleja qué películas entraron en estos datos, no una caída del cine, y leerlo como una tendencia sería contar una historia que los datos no respaldan.`,
  popularTitle: "Las 15 películas más populares",
  popularChart: {
    title: "Las 15 películas con mayor popularidad TMDB",
    x: "Popularidad TMDB →",
    y: "",
  },
  popularDescription:
    "Barras horizontales con la popularidad TMDB de las 15 películas más populares.",
  popularNote:
    "La popularidad de TMDB mide la actividad en su web (visitas, votos, listas) cuando se recogieron los datos, no la taquilla.",
  genresTitle: "Los 10 géneros más comunes",
  genresChart: { title: "Películas por género (los 10 más comunes)", x: "Películas →", y: "" },
  genresDescription:
    "Barras horizontales con el número de películas de cada uno de los 10 géneros más comunes.",
  treemapChart: { title: "Todos los géneros (área proporcional a las películas)", x: "", y: "" },
  treemapDescription:
    "Mapa de árbol de todos los géneros: el área de cada rectángulo es proporcional a su número de películas.",
  genresNote: (distinct: string, multi: boolean) =>
    `${distinct} géneros distintos. ${multi ? "Una película puede tener varios géneros y cuenta en cada uno." : "Esta fuente da un solo género por película (o ninguno)."}`,
  correlationTitle: "Correlaciones entre columnas numéricas",
  correlationChart: { title: "Matriz de correlación (Pearson)", x: "", y: "" },
  correlationDescription:
    "Mapa de calor anotado con la r de Pearson de cada par de columnas numéricas, sobre las películas con ambos valores conocidos.",
  correlationNote:
    "Cada par usa las películas en que ambos valores son conocidos (los 0 desconocidos excluidos).",
  topPairsCaption: "Pares más correlacionados, cada par una sola vez (|r| de mayor a menor).",
  topPairsColumns: ["par", "r", "películas"],
  revenueTitle: "Recaudación frente a presupuesto",
  revenueChart: {
    title: "Recaudación frente a presupuesto (escalas logarítmicas)",
    x: "Presupuesto (USD, log) →",
    y: "↑ Recaudación (USD, log)",
  },
  revenueDescription:
    "Hexágonos que cuentan películas según presupuesto y recaudación, ambos en escala logarítmica; la diagonal discontinua marca recaudación igual a presupuesto.",
  revenueNote: (n: string, above: string) =>
    `Solo las ${n} películas con presupuesto y recaudación conocidos (distintos de 0). ${above} de ellas recaudaron más que su presupuesto (por encima de la diagonal).`,
  hexCount: "Películas",
  returnTitle: "Distribución del retorno (recaudación / presupuesto)",
  returnChart: {
    title: "Películas por retorno (escala logarítmica)",
    x: "Retorno = recaudación / presupuesto (log) →",
    y: "↑ Películas",
  },
  returnDescription:
    "Histograma del logaritmo del retorno, en intervalos de un cuarto de orden de magnitud.",
  returnNote: (n: string, median: string, tiny: string, limit: string, best: string) =>
    `${n} películas con ambos valores conocidos; retorno mediano ${median}. Películas con un presupuesto menor de ${limit}: ${tiny}. Esos presupuestos suelen ser errores de unidades («1» por 1 millón), y sus retornos de miles de veces no significan nada; el mejor retorno con un presupuesto creíble es ${best}.`,
  runtimeTitle: "Duración",
  runtimeChart: { title: "Películas por duración", x: "Duración (minutos) →", y: "↑ Películas" },
  runtimeDescription: "Histograma de la duración en intervalos de 10 minutos.",
  runtimeNote: (median: string, longer: string, limit: string) =>
    `Duración mediana ${median} minutos. Las duraciones 0 cuentan como desconocidas; ${longer} películas duran más de ${limit} minutos y quedan fuera del gráfico.`,
  languagesTitle: "Idioma original",
  languagesChart: {
    title: "Películas por idioma original (los 15 más comunes)",
    x: "Películas →",
    y: "",
  },
  languagesDescription:
    "Barras horizontales con el número de películas de cada idioma original (código ISO 639-1).",
  countriesTitle: "País de producción",
  countriesChart: {
    title: "Películas por país de producción (los 15 más comunes)",
    x: "Películas →",
    y: "",
  },
  countriesDescription: "Barras horizontales con el número de películas producidas en cada país.",
  countriesNote: "Una coproducción cuenta en cada uno de sus países.",
  monthTitle: "Estrenos por mes y por día de la semana",
  monthChart: { title: "Películas por mes de estreno", x: "Mes →", y: "↑ Películas" },
  monthDescription:
    "Barras con el número de películas estrenadas en cada mes del año, todos los años juntos.",
  weekdayChart: {
    title: "Películas por día de la semana de estreno",
    x: "Día de la semana (UTC) →",
    y: "↑ Películas",
  },
  weekdayDescription: "Barras con el número de películas estrenadas en cada día de la semana.",
  monthNote: (month: string, n: string, day: string, dn: string) =>
    `Los mismos números que responden las consultas peliculas_mes y peliculas_dia: el mes sale de release_date y el día de la semana se calcula en UTC. El mes con más estrenos es ${month} (${n}); el día, ${day} (${dn}).`,
};

const en: typeof es = {
  title: "Exploratory data analysis (EDA)",
  intro:
    "The original project's exploratory notebook, recomputed on this build's data. Every number in this text comes from the data when the site is built; the charts are drawn without JavaScript.",
  sizeTitle: "Size of the data set",
  size: (rows: string, cols: string, known: string, source: string, bytes: string) =>
    `${rows} films × ${cols} columns (${known} with data in this source), from ${source}. The films Arrow file is ${bytes}.`,
  headTitle: "First rows (head)",
  headCaption: "The first five films by id; only columns this source knows.",
  infoTitle: "Columns (info)",
  infoCaption: "Arrow type and number of non-null values per column.",
  infoColumns: ["column", "type", "non-null", "in this source"],
  yes: "yes",
  no: "no (absent)",
  describeTitle: "Summary statistics (describe)",
  describeCaption: "Over the known values of each numeric column.",
  describeColumns: ["column", "n", "unknown", "mean", "std", "min", "25%", "50%", "75%", "max"],
  describeNote:
    "A 0 in budget and revenue means “unknown” in the original data, and vote_average is 0 when nobody voted: those values count as unknown, not as zeros, and return is only computed when both budget and revenue are known. The standard deviation is the sample one (n − 1), as in pandas.",
  votesTitle: "Distribution of vote_average",
  votesChart: { title: "Films by average vote", x: "Average vote (0–10) →", y: "↑ Films" },
  votesDescription: "Histogram of the average vote in bins of 0.5 points.",
  votesSpike: (noVotes: string, zeroWithVotes: string, unknown: string) =>
    `The spike at 0 (in red) is not a rating: it is the ${noVotes} films without a single vote, which the original data gives a vote_average of 0. Only ${zeroWithVotes} films with votes truly average 0, and ${unknown} are unknown. “describe” counts the average of films without votes as unknown.`,
  votesNoSpike: (unknown: string) =>
    `There is no spike at 0: no film of this source has 0 votes. For ${unknown} films neither the average nor the votes are known.`,
  yearsTitle: "Films and budget per release year",
  filmsYearChart: { title: "Films per release year", x: "Release year →", y: "↑ Films" },
  filmsYearDescription: "Bars with the number of films released each year.",
  budgetYearChart: {
    title: "Total budget per release year",
    x: "Release year →",
    y: "↑ Known budget (USD)",
  },
  budgetYearDescription:
    "Sum of the known budgets of each year's films, in dollars not adjusted for inflation.",
  budgetYearNote: "Sums known budgets only (non-zero), in nominal dollars.",
  incomplete: "incomplete",
  datesCollected: (latest: string, collected: string, after: string) =>
    `The data was collected in mid-${collected.slice(0, 4)}: the source holds the films released up to ${collected}. The latest release date is ${latest}, and ${after} films are dated after ${collected} (announced releases, not released ones).`,
  datesUnknown: (earliest: string, latest: string, peak: string, peakFilms: string) =>
    `This source does not say when it was collected. Dates run from ${earliest} to ${latest}; the year with most films is ${peak} (${peakFilms}).`,
  datesCut: (year: string, yearFilms: string, prev: string, prevFilms: string) =>
    `That is why ${year} counts only ${yearFilms} films against ${prevFilms} in ${prev}, and the following years almost none: the years from the collection on are incomplete (in grey). It is a cut-off of the collection, not a decline of cinema; the original notebook blamed a 2019 drop on the pandemic, which began years after the data was collected.`,
  datesTail: (last: string) =>
    `The last years have very few films (${last}): that reflects which films entered this data, not a decline of cinema, and reading it as a trend would tell a story the data does not support.`,
  popularTitle: "The 15 most popular films",
  popularChart: {
    title: "The 15 films with the highest TMDB popularity",
    x: "TMDB popularity →",
    y: "",
  },
  popularDescription: "Horizontal bars with the TMDB popularity of the 15 most popular films.",
  popularNote:
    "TMDB popularity measures activity on its website (views, votes, lists) when the data was collected, not box office.",
  genresTitle: "The 10 most common genres",
  genresChart: { title: "Films per genre (the 10 most common)", x: "Films →", y: "" },
  genresDescription:
    "Horizontal bars with the number of films of each of the 10 most common genres.",
  treemapChart: { title: "All genres (area proportional to films)", x: "", y: "" },
  treemapDescription:
    "Treemap of all genres: the area of each rectangle is proportional to its number of films.",
  genresNote: (distinct: string, multi: boolean) =>
    `${distinct} distinct genres. ${multi ? "A film can have several genres and counts in each." : "This source gives one genre per film (or none)."}`,
  correlationTitle: "Correlations between numeric columns",
  correlationChart: { title: "Correlation matrix (Pearson)", x: "", y: "" },
  correlationDescription:
    "Annotated heatmap of Pearson's r for each pair of numeric columns, over the films with both values known.",
  correlationNote: "Each pair uses the films where both values are known (unknown zeros excluded).",
  topPairsCaption: "Most correlated pairs, each pair once (|r| from highest).",
  topPairsColumns: ["pair", "r", "films"],
  revenueTitle: "Revenue against budget",
  revenueChart: {
    title: "Revenue against budget (log scales)",
    x: "Budget (USD, log) →",
    y: "↑ Revenue (USD, log)",
  },
  revenueDescription:
    "Hexagons counting films by budget and revenue, both on log scales; the dashed diagonal marks revenue equal to budget.",
  revenueNote: (n: string, above: string) =>
    `Only the ${n} films with both budget and revenue known (non-zero). ${above} of them earned more than their budget (above the diagonal).`,
  hexCount: "Films",
  returnTitle: "Distribution of return (revenue / budget)",
  returnChart: {
    title: "Films by return (log scale)",
    x: "Return = revenue / budget (log) →",
    y: "↑ Films",
  },
  returnDescription:
    "Histogram of the logarithm of the return, in bins of a quarter of an order of magnitude.",
  returnNote: (n: string, median: string, tiny: string, limit: string, best: string) =>
    `${n} films with both values known; median return ${median}. Films with a budget under ${limit}: ${tiny}. Such budgets are usually unit errors (“1” for 1 million), and their returns of thousands of times mean nothing; the best return on a credible budget is ${best}.`,
  runtimeTitle: "Runtime",
  runtimeChart: { title: "Films by runtime", x: "Runtime (minutes) →", y: "↑ Films" },
  runtimeDescription: "Histogram of the runtime in bins of 10 minutes.",
  runtimeNote: (median: string, longer: string, limit: string) =>
    `Median runtime ${median} minutes. Runtimes of 0 count as unknown; ${longer} films run longer than ${limit} minutes and fall outside the chart.`,
  languagesTitle: "Original language",
  languagesChart: {
    title: "Films per original language (the 15 most common)",
    x: "Films →",
    y: "",
  },
  languagesDescription:
    "Horizontal bars with the number of films of each original language (ISO 639-1 code).",
  countriesTitle: "Production country",
  countriesChart: {
    title: "Films per production country (the 15 most common)",
    x: "Films →",
    y: "",
  },
  countriesDescription: "Horizontal bars with the number of films produced in each country.",
  countriesNote: "A co-production counts in each of its countries.",
  monthTitle: "Releases per month and per weekday",
  monthChart: { title: "Films per release month", x: "Month →", y: "↑ Films" },
  monthDescription:
    "Bars with the number of films released in each month of the year, all years together.",
  weekdayChart: { title: "Films per release weekday", x: "Weekday (UTC) →", y: "↑ Films" },
  weekdayDescription: "Bars with the number of films released on each day of the week.",
  monthNote: (month: string, n: string, day: string, dn: string) =>
    `The same numbers the peliculas_mes and peliculas_dia queries answer: the month comes from release_date and the weekday is computed in UTC. The month with most releases is ${month} (${n}); the day, ${day} (${dn}).`,
};

export const edaStrings = { es, en };
