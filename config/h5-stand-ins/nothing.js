// Stands in for a polyfill that the H5 build leaves out (see config/index.ts): the browsers the app
// supports have the feature themselves.
