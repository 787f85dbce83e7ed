//! 100 districts x 101 ages x 2 sexes x 30 years (the target: under 100 ms).

use std::collections::BTreeMap;

use criterion::{criterion_group, criterion_main, Criterion};
use saale_forecast::cohort::{project, Flows, Rates, Scenario};

fn bench(c: &mut Criterion) {
    let a = 101;
    let nd = 100;
    let fert: Vec<f64> = (0..a)
        .map(|x| if (15..50).contains(&x) { 0.045 } else { 0.0 })
        .collect();
    let surv: Vec<f64> = (0..a)
        .map(|x| 1.0 - 0.0004 * (1.0 + x as f64 / 8.0).powi(2))
        .collect();
    let r = Rates {
        fertility: fert,
        survival: [surv.clone(), surv],
        infant_survival: [0.997, 0.996],
        sex_ratio_at_birth: 1.05,
    };
    let base: Vec<[Vec<f64>; 2]> = (0..nd)
        .map(|d| [vec![30.0 + d as f64; a], vec![29.0 + d as f64; a]])
        .collect();
    let pyr = |v: f64| [vec![v; a], vec![v; a]];
    let flows = Flows {
        arrivals: (0..nd).map(|_| pyr(0.5)).collect(),
        departure_rates: (0..nd).map(|_| pyr(0.02)).collect(),
        move_rates: vec![0.05; nd],
        destinations: (0..nd)
            .map(|i| {
                (0..nd)
                    .map(|j| if i == j { 0.0 } else { 1.0 / (nd - 1) as f64 })
                    .collect()
            })
            .collect(),
        ..Flows::default()
    };
    let sc = Scenario::named("main").expect("main");
    c.bench_function(
        "cohort 100 districts x 101 ages x 2 sexes x 30 years",
        |b| {
            b.iter(|| {
                project(&base, 2025, 2055, &r, &flows, &sc, &BTreeMap::new()).expect("projection")
            })
        },
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
