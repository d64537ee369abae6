// babel-preset-taro compiles the app for Taro and is reused by jest so that tests run the same code.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]]
}
