console.log('canary-gate');
